using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Embedding;

namespace FaceClassifier.Bench.Accuracy;

/// <summary>Left-right mirror images of chips and the combination of a chip's descriptor with its mirror's.</summary>
internal static class ChipMirror
{
    public static RgbImage Flip(RgbImage image) => MirrorAveragingEmbedder.Mirror(image);

    public static float[] Combine(float[] chip, float[] mirrored, MirrorMode mode)
    {
        if (mode == MirrorMode.None)
        {
            return chip;
        }

        var mean = MirrorAveragingEmbedder.Mean(chip, mirrored);

        if (mode == MirrorMode.MeanKeepLength)
        {
            var scale = (Length(chip) + Length(mirrored)) / 2 / Length(mean);
            for (var i = 0; i < mean.Length; i++)
            {
                mean[i] *= scale;
            }
        }

        return mean;
    }

    private static float Length(float[] v) => MathF.Sqrt(v.Sum(x => x * x));
}
