using System.Runtime.InteropServices;
using FaceClassifier.Vision;
using OpenCvSharp;

namespace FaceClassifier.Tests.Infrastructure;

/// <summary>Test-side image loading with OpenCV, independent of the service's own codec.</summary>
public static class TestImages
{
    /// <summary>Decodes a PNG/JPEG file to RGB24; alpha is dropped, not composited (as faceref does).</summary>
    public static RgbImage LoadRgb(string path)
    {
        using var bgr = Cv2.ImRead(path, ImreadModes.Color);
        if (bgr.Empty())
        {
            throw new FileNotFoundException($"OpenCV could not read {path}.", path);
        }

        return FromBgr(bgr);
    }

    /// <summary>Encodes as JPEG at the given quality and decodes it again.</summary>
    public static RgbImage JpegRoundTrip(RgbImage image, int quality)
    {
        using var rgb = Mat.FromPixelData(image.Height, image.Width, MatType.CV_8UC3, image.Pixels);
        using var bgr = new Mat();
        Cv2.CvtColor(rgb, bgr, ColorConversionCodes.RGB2BGR);
        Cv2.ImEncode(".jpg", bgr, out var jpeg, new ImageEncodingParam(ImwriteFlags.JpegQuality, quality));
        using var decoded = Cv2.ImDecode(jpeg, ImreadModes.Color);
        return FromBgr(decoded);
    }

    private static RgbImage FromBgr(Mat bgr)
    {
        using var rgb = new Mat();
        Cv2.CvtColor(bgr, rgb, ColorConversionCodes.BGR2RGB);
        var pixels = new byte[rgb.Width * rgb.Height * 3];
        Marshal.Copy(rgb.Data, pixels, 0, pixels.Length);
        return new RgbImage(rgb.Width, rgb.Height, pixels);
    }
}
