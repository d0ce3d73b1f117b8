using System.Runtime.InteropServices;
using FaceClassifier.Engine.Vision.Abstractions;
using OpenCvSharp;

namespace FaceClassifier.Tests.Testing;

/// <summary>Test-side image loading and cropping with OpenCV, independent of the service's own codec.</summary>
public static class TestImages
{
    /// <summary>Decodes a PNG/JPEG file to RGB24; alpha dropped and EXIF orientation ignored, as faceref does.</summary>
    public static RgbImage LoadRgb(string path)
    {
        using var bgr = Cv2.ImRead(path, ImreadModes.Color | ImreadModes.IgnoreOrientation);
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
        using var decoded = Cv2.ImDecode(jpeg, ImreadModes.Color | ImreadModes.IgnoreOrientation);
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

    /// <summary>The pixels of [x, x + width) x [y, y + height), which must lie inside the image.</summary>
    public static RgbImage Crop(RgbImage image, int x, int y, int width, int height)
    {
        var pixels = new byte[width * height * 3];
        for (var row = 0; row < height; row++)
        {
            image.Pixels.AsSpan((y + row) * image.Stride + x * 3, width * 3).CopyTo(pixels.AsSpan(row * width * 3));
        }

        return new RgbImage(width, height, pixels);
    }

    /// <summary>An image of one colour.</summary>
    public static RgbImage Solid(int width, int height, byte r, byte g, byte b)
    {
        var pixels = new byte[width * height * 3];
        for (var i = 0; i < pixels.Length; i += 3)
        {
            (pixels[i], pixels[i + 1], pixels[i + 2]) = (r, g, b);
        }

        return new RgbImage(width, height, pixels);
    }

    /// <summary>Decodes one of the demo photos, e.g. "sample1.jpg".</summary>
    public static RgbImage Demo(string name) => LoadRgb(TestAssets.DemoImage(name));

    /// <summary>The RGB of one pixel.</summary>
    public static (byte R, byte G, byte B) Pixel(RgbImage image, int x, int y)
    {
        var at = ((y * image.Width) + x) * 3;
        return (image.Pixels[at], image.Pixels[at + 1], image.Pixels[at + 2]);
    }
}
