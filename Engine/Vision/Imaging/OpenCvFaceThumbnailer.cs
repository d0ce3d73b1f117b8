using FaceClassifier.Engine.Vision.Abstractions;
using OpenCvSharp;

namespace FaceClassifier.Engine.Vision.Imaging;

/// <summary>
/// A square around the face box grown by a margin (shifted to stay inside the photo, clipped only when the photo is
/// smaller), scaled down with area averaging to at most <see cref="MaxSide"/> pixels, as a JPEG.
/// </summary>
public sealed class OpenCvFaceThumbnailer : IFaceThumbnailer
{
    public const int MaxSide = 160;

    /// <summary>Added on each side, as a share of the box's longer side: room for hair and chin.</summary>
    public const float Margin = 0.25f;

    private const int JpegQuality = 85;

    public byte[] RenderJpeg(RgbImage photo, FaceBox face)
    {
        var (x, y, width, height) = CropRect(photo.Width, photo.Height, face, Margin);
        using var bgr = RgbMat.ToBgr(photo);
        using var crop = new Mat(bgr, new Rect(x, y, width, height));
        var scale = Math.Min(1.0, (double)MaxSide / Math.Max(width, height));
        if (scale >= 1.0)
        {
            return RgbMat.EncodeJpeg(crop, JpegQuality);
        }

        using var small = new Mat();
        var size = new Size(Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
        Cv2.Resize(crop, small, size, interpolation: InterpolationFlags.Area);
        return RgbMat.EncodeJpeg(small, JpegQuality);
    }

    /// <summary>The crop in whole pixels, always inside a <paramref name="width"/> x <paramref name="height"/> photo and never empty.</summary>
    internal static (int X, int Y, int Width, int Height) CropRect(int width, int height, FaceBox face, float margin)
    {
        var side = Math.Max(face.Width, face.Height) * (1 + (2 * margin));
        var cropWidth = Math.Clamp((int)MathF.Round(side), 1, width);
        var cropHeight = Math.Clamp((int)MathF.Round(side), 1, height);
        var center = face.Center;
        var x = Math.Clamp((int)MathF.Round(center.X - (cropWidth / 2f)), 0, width - cropWidth);
        var y = Math.Clamp((int)MathF.Round(center.Y - (cropHeight / 2f)), 0, height - cropHeight);
        return (x, y, cropWidth, cropHeight);
    }
}
