using FaceClassifier.Engine.Vision.Abstractions;
namespace FaceClassifier.Engine.Vision.Landmarks;

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
        var columns = Taps(n, scale, side, padLeft, crop.Width, crop.X * 3, 3);
        var rows = Taps(n, scale, side, padTop, crop.Height, crop.Y * image.Stride, image.Stride);
        var pixels = image.Pixels;
        for (var dy = 0; dy < n; dy++)
        {
            var row = rows[dy];
            for (var dx = 0; dx < n; dx++)
            {
                var col = columns[dx];
                var o = (dy * n + dx) * 3;
                for (var c = 0; c < 3; c++)
                {
                    var tl = Sample(pixels, row.Offset0, col.Offset0, c);
                    var tr = Sample(pixels, row.Offset0, col.Offset1, c);
                    var bl = Sample(pixels, row.Offset1, col.Offset0, c);
                    var br = Sample(pixels, row.Offset1, col.Offset1, c);
                    var t = tl + (tr - tl) * col.Fraction;
                    var b = bl + (br - bl) * col.Fraction;
                    hwc[o + c] = t + (b - t) * row.Fraction;
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

    /// <summary>Per output index along one axis: the two source byte offsets (−1 in the padding) and the weight.</summary>
    private static Tap[] Taps(int n, float scale, int side, int pad, int length, int origin, int step)
    {
        var taps = new Tap[n];
        for (var d = 0; d < n; d++)
        {
            var s = d * scale;
            var i0 = (int)MathF.Floor(s);
            var i1 = Math.Min(i0 + 1, side - 1);
            taps[d] = new Tap(Offset(i0 - pad), Offset(i1 - pad), s - i0);
        }

        return taps;

        int Offset(int i) => i < 0 || i >= length ? -1 : origin + i * step;
    }

    private static float Sample(byte[] pixels, int rowOffset, int columnOffset, int channel) =>
        rowOffset < 0 || columnOffset < 0 ? 0 : pixels[rowOffset + columnOffset + channel];

    private readonly record struct Tap(int Offset0, int Offset1, float Fraction);
}
