using System.Runtime.InteropServices;
using FaceClassifier.Vision;
using OpenCvSharp;

namespace FaceClassifier.Tests.Infrastructure;

/// <summary>Test-side image loading and cropping (the production codec lives elsewhere).</summary>
public static class TestImages
{
    /// <summary>Decodes a JPEG/PNG with OpenCV into RGB24; EXIF orientation is ignored, as jpeg-js in the reference does.</summary>
    public static RgbImage LoadRgb(string path)
    {
        using var bgr = Cv2.ImRead(path, ImreadModes.Color | ImreadModes.IgnoreOrientation);
        if (bgr.Empty())
        {
            throw new InvalidImageException($"OpenCV could not decode {path}.");
        }

        using var rgb = new Mat();
        Cv2.CvtColor(bgr, rgb, ColorConversionCodes.BGR2RGB);
        var (width, height) = (rgb.Cols, rgb.Rows);
        var pixels = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            Marshal.Copy(rgb.Ptr(y), pixels, y * width * 3, width * 3);
        }

        return new RgbImage(width, height, pixels);
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
}
