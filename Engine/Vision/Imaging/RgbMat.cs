using FaceClassifier.Engine.Vision.Abstractions;
using OpenCvSharp;

namespace FaceClassifier.Engine.Vision.Imaging;

/// <summary>Moves pixels between <see cref="RgbImage"/> (RGB) and OpenCV matrices (BGR).</summary>
internal static class RgbMat
{
    /// <summary>A new BGR copy of the image; the caller disposes it.</summary>
    public static Mat ToBgr(RgbImage image)
    {
        using var rgb = Mat.FromPixelData(image.Height, image.Width, MatType.CV_8UC3, image.Pixels);
        var bgr = new Mat();
        Cv2.CvtColor(rgb, bgr, ColorConversionCodes.RGB2BGR);
        return bgr;
    }

    /// <summary>Converts a BGR matrix into a new <see cref="RgbImage"/>, writing straight into its array.</summary>
    public static RgbImage ToRgb(Mat bgr)
    {
        var pixels = new byte[checked(bgr.Width * bgr.Height * 3)];
        using (var rgb = Mat.FromPixelData(bgr.Height, bgr.Width, MatType.CV_8UC3, pixels))
        {
            Cv2.CvtColor(bgr, rgb, ColorConversionCodes.BGR2RGB);
        }

        return new RgbImage(bgr.Width, bgr.Height, pixels);
    }

    public static byte[] EncodeJpeg(Mat bgr, int quality)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quality, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quality, 100);
        Cv2.ImEncode(".jpg", bgr, out var bytes, [(int)ImwriteFlags.JpegQuality, quality]);
        return bytes;
    }
}
