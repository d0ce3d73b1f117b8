namespace FaceClassifier.Vision.Landmarks;

/// <summary>
/// face-api's padToSquare(centred) followed by tf.image.resizeBilinear to n x n
/// (alignCorners = false, halfPixelCenters = false), read straight from the crop without
/// materialising the padded square. Output is HWC float RGB in 0..255, unrounded.
/// </summary>
internal static class SquareResampler
{
    public static void ResizeCentred(RgbImage image, CropRect crop, int n, Span<float> hwc)
    {
        if (crop.IsEmpty || crop.X < 0 || crop.Y < 0 || crop.X + crop.Width > image.Width || crop.Y + crop.Height > image.Height)
        {
            throw new ArgumentOutOfRangeException(nameof(crop), crop, $"Crop is empty or outside the {image.Width}x{image.Height} image.");
        }

        if (hwc.Length != n * n * 3)
        {
            throw new ArgumentException($"Output needs {n * n * 3} floats.", nameof(hwc));
        }

        var side = Math.Max(crop.Width, crop.Height);
        var (padLeft, padTop) = CentredPadding(crop.Width, crop.Height);
        var scale = side / (float)n;
        for (var dy = 0; dy < n; dy++)
        {
            var sy = dy * scale;
            var y0 = (int)MathF.Floor(sy);
            var y1 = Math.Min(y0 + 1, side - 1);
            var fy = sy - y0;
            for (var dx = 0; dx < n; dx++)
            {
                var sx = dx * scale;
                var x0 = (int)MathF.Floor(sx);
                var x1 = Math.Min(x0 + 1, side - 1);
                var fx = sx - x0;
                var o = (dy * n + dx) * 3;
                for (var c = 0; c < 3; c++)
                {
                    var tl = Sample(image, crop, padLeft, padTop, x0, y0, c);
                    var tr = Sample(image, crop, padLeft, padTop, x1, y0, c);
                    var bl = Sample(image, crop, padLeft, padTop, x0, y1, c);
                    var br = Sample(image, crop, padLeft, padTop, x1, y1, c);
                    var t = tl + (tr - tl) * fx;
                    var b = bl + (br - bl) * fx;
                    hwc[o + c] = t + (b - t) * fy;
                }
            }
        }
    }

    /// <summary>Zeros before the crop on the short side: diff − round(diff/2), the odd one goes after.</summary>
    public static (int Left, int Top) CentredPadding(int width, int height)
    {
        var diff = Math.Abs(height - width);
        var before = diff - (int)Math.Floor(diff * 0.5 + 0.5);
        return width < height ? (before, 0) : (0, before);
    }

    private static float Sample(RgbImage image, CropRect crop, int padLeft, int padTop, int px, int py, int channel)
    {
        var x = px - padLeft;
        var y = py - padTop;
        if (x < 0 || y < 0 || x >= crop.Width || y >= crop.Height)
        {
            return 0;
        }

        return image.Pixels[(crop.Y + y) * image.Stride + (crop.X + x) * 3 + channel];
    }
}
