using System.Runtime.InteropServices;
using FaceClassifier.Engine.Vision.Abstractions;
using OpenCvSharp;

namespace FaceClassifier.Tests.Engine.Pipeline;

/// <summary>The photometric and geometric changes a face must survive, done with OpenCV.</summary>
internal static class ImageTransforms
{
    /// <summary>Rotates about <paramref name="centre"/> by <paramref name="degrees"/> (counter-clockwise) and scales.</summary>
    public static RgbImage RotateScale(RgbImage image, Point2 centre, double degrees, double scale)
    {
        using var m = Cv2.GetRotationMatrix2D(new Point2f(centre.X, centre.Y), degrees, scale);
        return Apply(image, src =>
        {
            var dst = new Mat();
            Cv2.WarpAffine(src, dst, m, src.Size(), InterpolationFlags.Area, BorderTypes.Replicate);
            return dst;
        });
    }

    /// <summary>Multiplies and offsets every channel, saturating.</summary>
    public static RgbImage Brightness(RgbImage image, double gain, double offset) => Apply(image, src =>
    {
        var dst = new Mat();
        src.ConvertTo(dst, MatType.CV_8UC3, gain, offset);
        return dst;
    });

    /// <summary>Encodes as JPEG at <paramref name="quality"/> and decodes again.</summary>
    public static RgbImage Jpeg(RgbImage image, int quality) => Apply(image, src =>
    {
        Cv2.ImEncode(".jpg", src, out var bytes, new ImageEncodingParam(ImwriteFlags.JpegQuality, quality));
        return Cv2.ImDecode(bytes, ImreadModes.Unchanged);
    });

    private static RgbImage Apply(RgbImage image, Func<Mat, Mat> op)
    {
        using var src = Mat.FromPixelData(image.Height, image.Width, MatType.CV_8UC3, image.Pixels);
        using var dst = op(src);
        var pixels = new byte[dst.Width * dst.Height * 3];
        using var continuous = dst.Clone();
        Marshal.Copy(continuous.Data, pixels, 0, pixels.Length);
        return new RgbImage(dst.Width, dst.Height, pixels);
    }
}
