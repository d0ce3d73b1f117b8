namespace FaceClassifier.Tests.Engine.Vision;

/// <summary>Deterministic 128-d descriptors with dlib-like geometry: norm about 1.45, strangers about 0.8-0.9 apart.</summary>
/// <remarks>
/// Real descriptors share a large common component (the 22 face-api reference descriptors in Tests/Data/faceref have
/// norms 1.39-1.50); a person adds an offset of norm 0.8/√2 in a random direction, so two people are about 0.8 apart,
/// and one sighting of a person adds noise of an exact norm (0.3 = the same person).
/// </remarks>
public static class SyntheticDescriptors
{
    public const int Dimension = 128;

    private static readonly float[] Common = RandomDirection(seed: 1, norm: 1.3f);

    /// <summary>The centre of person <paramref name="person"/>'s descriptors.</summary>
    public static float[] Person(int person) => Add(Common, RandomDirection(1000 + person, 0.8f / MathF.Sqrt(2)));

    /// <summary>One sighting of a person: their centre plus noise of exactly <paramref name="noise"/> (Euclidean).</summary>
    public static float[] Sighting(int person, int sighting, float noise = 0.3f) =>
        Add(Person(person), RandomDirection(100_000 + person * 1000 + sighting, noise));

    /// <summary>A copy of <paramref name="descriptor"/> moved by exactly <paramref name="distance"/> along one axis.</summary>
    public static float[] Shifted(float[] descriptor, float distance, int axis = 0)
    {
        var copy = (float[])descriptor.Clone();
        copy[axis] += distance;
        return copy;
    }

    public static float Distance(float[] a, float[] b) =>
        MathF.Sqrt(a.Zip(b, (x, y) => (x - y) * (x - y)).Sum());

    private static float[] Add(float[] a, float[] b) => [.. a.Zip(b, (x, y) => x + y)];

    private static float[] RandomDirection(int seed, float norm)
    {
        var random = new Random(seed);
        var v = new double[Dimension];
        for (var i = 0; i < Dimension; i++)
        {
            // Box-Muller: Gaussian coordinates give a uniformly random direction.
            v[i] = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        }

        var length = Math.Sqrt(v.Sum(x => x * x));
        return [.. v.Select(x => (float)(x / length * norm))];
    }
}
