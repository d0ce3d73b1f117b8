using FaceClassifier.Engine.Vision.Abstractions;
using OpenCvSharp;

namespace FaceClassifier.Engine.Vision.Quality;

/// <summary>How crisp an aligned face chip is.</summary>
public static class ChipSharpness
{
    /// <summary>
    /// Variance of the 3x3 Laplacian (0,1,0 / 1,−4,1 / 0,1,0) of the grey chip: high for crisp edges, near 0 when
    /// blurred. Compare it only between chips of the same size and framing, e.g. 150x150 aligned chips.
    /// </summary>
    public static float Of(RgbImage chip)
    {
        ArgumentNullException.ThrowIfNull(chip);
        using var rgb = Mat.FromPixelData(chip.Height, chip.Width, MatType.CV_8UC3, chip.Pixels);
        using var grey = new Mat();
        using var laplacian = new Mat();
        Cv2.CvtColor(rgb, grey, ColorConversionCodes.RGB2GRAY);
        Cv2.Laplacian(grey, laplacian, MatType.CV_64F, ksize: 1);
        Cv2.MeanStdDev(laplacian, out _, out var std);
        return (float)(std.Val0 * std.Val0);
    }
}
