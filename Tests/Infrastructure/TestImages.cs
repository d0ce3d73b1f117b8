using FaceClassifier.Vision;
using FaceClassifier.Vision.Imaging;

namespace FaceClassifier.Tests.Infrastructure;

/// <summary>Loads test images through the production codec (<see cref="OpenCvImageCodec"/>).</summary>
public static class TestImages
{
    private static readonly OpenCvImageCodec Codec = new();

    /// <summary>Decodes an image file into RGB.</summary>
    public static RgbImage LoadRgb(string path) => Codec.Decode(File.ReadAllBytes(path));

    /// <summary>Decodes one of the demo photos, e.g. "sample1.jpg".</summary>
    public static RgbImage Demo(string name) => LoadRgb(TestAssets.DemoImage(name));

    /// <summary>A solid-colour image.</summary>
    public static RgbImage Solid(int width, int height, byte r, byte g, byte b)
    {
        var pixels = new byte[width * height * 3];
        for (var i = 0; i < pixels.Length; i += 3)
        {
            pixels[i] = r;
            pixels[i + 1] = g;
            pixels[i + 2] = b;
        }

        return new RgbImage(width, height, pixels);
    }

    /// <summary>The RGB of one pixel.</summary>
    public static (byte R, byte G, byte B) Pixel(RgbImage image, int x, int y)
    {
        var at = ((y * image.Width) + x) * 3;
        return (image.Pixels[at], image.Pixels[at + 1], image.Pixels[at + 2]);
    }
}
