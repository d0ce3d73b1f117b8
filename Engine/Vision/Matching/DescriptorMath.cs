using System.Numerics;

namespace FaceClassifier.Engine.Vision.Matching;

/// <summary>Vectorised arithmetic on face descriptors.</summary>
internal static class DescriptorMath
{
    /// <summary>Squared Euclidean distance; the spans must have the same length.</summary>
    public static float SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"Descriptor lengths differ: {a.Length} and {b.Length}.", nameof(b));
        }

        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            var d = new Vector<float>(a[i..]) - new Vector<float>(b[i..]);
            sum += d * d;
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            var d = a[i] - b[i];
            total += d * d;
        }

        return total;
    }

    /// <summary>Euclidean distance; the spans must have the same length.</summary>
    public static float Distance(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => MathF.Sqrt(SquaredDistance(a, b));

    /// <summary>The element-wise mean of descriptors of equal length.</summary>
    public static float[] Mean(IReadOnlyList<float[]> descriptors)
    {
        ArgumentOutOfRangeException.ThrowIfZero(descriptors.Count);
        var mean = new float[descriptors[0].Length];
        foreach (var descriptor in descriptors)
        {
            if (descriptor.Length != mean.Length)
            {
                throw new ArgumentException($"Descriptor lengths differ: {mean.Length} and {descriptor.Length}.", nameof(descriptors));
            }

            for (var i = 0; i < mean.Length; i++)
            {
                mean[i] += descriptor[i];
            }
        }

        for (var i = 0; i < mean.Length; i++)
        {
            mean[i] /= descriptors.Count;
        }

        return mean;
    }
}
