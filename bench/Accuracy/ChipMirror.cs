using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Bench.Accuracy;

/// <summary>Left-right mirror images of chips and the combination of a chip's descriptor with its mirror's.</summary>
internal static class ChipMirror
{
    public static RgbImage Flip(RgbImage image)
    {
        var pixels = new byte[image.Pixels.Length];
        for (var y = 0; y < image.Height; y++)
        {
            var row = y * image.Stride;
            for (var x = 0; x < image.Width; x++)
            {
                Array.Copy(image.Pixels, row + x * 3, pixels, row + (image.Width - 1 - x) * 3, 3);
            }
        }

        return new RgbImage(image.Width, image.Height, pixels);
    }

    public static float[] Combine(float[] chip, float[] mirrored, MirrorMode mode)
    {
        if (mode == MirrorMode.None)
        {
            return chip;
        }

        var mean = new float[chip.Length];
        for (var i = 0; i < mean.Length; i++)
        {
            mean[i] = (chip[i] + mirrored[i]) / 2;
        }

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
