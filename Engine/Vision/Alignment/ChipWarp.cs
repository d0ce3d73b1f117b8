using System.Runtime.InteropServices;
using FaceClassifier.Engine.Vision.Abstractions;
using OpenCvSharp;

namespace FaceClassifier.Engine.Vision.Alignment;

/// <summary>Resamples a square chip out of an image through a similarity transform (OpenCV warpAffine, bilinear).</summary>
internal static class ChipWarp
{
    // Below this scale plain bilinear skips source pixels and aliases; shrink the region first with area averaging.
    private const double MinDirectScale = 0.5;

    public static RgbImage Warp(RgbImage image, SimilarityTransform imageToChip, int size, ChipBorder border)
    {
        using var source = Mat.FromPixelData(image.Height, image.Width, MatType.CV_8UC3, image.Pixels);
        if (imageToChip.Scale >= MinDirectScale)
        {
            return WarpMat(source, imageToChip, size, border);
        }

        var roi = SourceRegion(imageToChip, size, image.Width, image.Height);
        if (roi.Width < 2 || roi.Height < 2)
        {
            return WarpMat(source, imageToChip, size, border);
        }

        var f = imageToChip.Scale;
        using var region = new Mat(source, roi);
        using var shrunk = new Mat();
        var shrunkSize = new Size(Math.Max(1, (int)Math.Round(roi.Width * f)), Math.Max(1, (int)Math.Round(roi.Height * f)));
        Cv2.Resize(region, shrunk, shrunkSize, 0, 0, InterpolationFlags.Area);

        // INTER_AREA maps pixel centres: p' + 0.5 = (p − origin + 0.5)·k, per axis.
        var kx = shrunkSize.Width / (double)roi.Width;
        var ky = shrunkSize.Height / (double)roi.Height;
        var k = (kx + ky) / 2;
        var shrink = new SimilarityTransform(k, 0, (0.5 - roi.X) * k - 0.5, (0.5 - roi.Y) * k - 0.5);
        return WarpMat(shrunk, imageToChip.After(shrink.Inverse()), size, border);
    }

    private static RgbImage WarpMat(Mat source, SimilarityTransform t, int size, ChipBorder border)
    {
        using var matrix = Mat.FromPixelData(2, 3, MatType.CV_64FC1, new[] { t.A, -t.B, t.Tx, t.B, t.A, t.Ty });
        using var chip = new Mat();
        Cv2.WarpAffine(
            source,
            chip,
            matrix,
            new Size(size, size),
            InterpolationFlags.Linear,
            border == ChipBorder.Replicate ? BorderTypes.Replicate : BorderTypes.Constant,
            Scalar.All(0));
        var pixels = new byte[size * size * 3];
        Marshal.Copy(chip.Data, pixels, 0, pixels.Length);
        return new RgbImage(size, size, pixels);
    }

    /// <summary>The image pixels the chip can sample, with a 2 px margin for the filters.</summary>
    private static Rect SourceRegion(SimilarityTransform imageToChip, int size, int width, int height)
    {
        var inverse = imageToChip.Inverse();
        Point2[] corners = [new(0, 0), new(size, 0), new(0, size), new(size, size)];
        var mapped = corners.Select(inverse.Apply).ToArray();
        var x0 = Math.Clamp((int)Math.Floor(mapped.Min(p => p.X)) - 2, 0, width);
        var y0 = Math.Clamp((int)Math.Floor(mapped.Min(p => p.Y)) - 2, 0, height);
        var x1 = Math.Clamp((int)Math.Ceiling(mapped.Max(p => p.X)) + 2, 0, width);
        var y1 = Math.Clamp((int)Math.Ceiling(mapped.Max(p => p.Y)) + 2, 0, height);
        return new Rect(x0, y0, x1 - x0, y1 - y0);
    }
}
