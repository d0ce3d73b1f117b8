namespace FaceClassifier.Vision.Tracking;

/// <summary>Sharpness of an aligned face chip: the variance of its 4-neighbour Laplacian on grey levels 0..255.</summary>
/// <remarks>Measured on the 150x150 chip, not the frame, so faces of every size are judged on the same scale.</remarks>
internal static class ChipSharpness
{
    public static float Measure(RgbImage chip)
    {
        if (chip.Width < 3 || chip.Height < 3)
        {
            return 0;
        }

        var grey = Grey(chip);
        var w = chip.Width;
        double sum = 0, sumSquares = 0;
        for (var y = 1; y < chip.Height - 1; y++)
        {
            for (var x = 1; x < w - 1; x++)
            {
                var i = y * w + x;
                double laplacian = 4 * grey[i] - grey[i - 1] - grey[i + 1] - grey[i - w] - grey[i + w];
                sum += laplacian;
                sumSquares += laplacian * laplacian;
            }
        }

        var n = (double)(w - 2) * (chip.Height - 2);
        var mean = sum / n;
        return (float)Math.Max(0, sumSquares / n - mean * mean);
    }

    private static int[] Grey(RgbImage image)
    {
        var grey = new int[image.Width * image.Height];
        var p = image.Pixels;
        for (int i = 0, j = 0; i < grey.Length; i++, j += 3)
        {
            // BT.601 luma in 8-bit fixed point; the weights sum to 256 so white stays 255.
            grey[i] = (77 * p[j] + 150 * p[j + 1] + 29 * p[j + 2]) >> 8;
        }

        return grey;
    }
}
