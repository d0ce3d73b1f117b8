using System.Text.Json;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Imaging;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Vision.Imaging;

[Trait("Kind", "unit")]
public sealed class OpenCvImageCodecTests
{
    private readonly OpenCvImageCodec _codec = new();

    [Fact]
    public void Decodes_the_demo_photos_at_the_size_the_reference_saw()
    {
        using var reference = JsonDocument.Parse(File.ReadAllText(TestAssets.Data("faceref", "demo-samples.json")));
        foreach (var entry in reference.RootElement.GetProperty("images").EnumerateArray())
        {
            var image = TestImages.Demo(entry.GetProperty("file").GetString()!);

            Assert.Equal(entry.GetProperty("width").GetInt32(), image.Width);
            Assert.Equal(entry.GetProperty("height").GetInt32(), image.Height);
            Assert.Equal(image.Width * image.Height * 3, image.Pixels.Length);
        }
    }

    [Fact]
    public void Decodes_channels_in_rgb_order_from_a_png_made_by_ffmpeg()
    {
        var path = TestVideos.Make("rgb-bars", "png", ["-f", "lavfi", "-i", "color=red:s=2x2,format=rgb24,pad=6:2:0:0:lime,pad=6:4:0:0:blue", "-frames:v", "1"]);

        var image = TestImages.LoadRgb(path);

        Assert.Equal((6, 4), (image.Width, image.Height));
        Assert.Equal(((byte)255, (byte)0, (byte)0), TestImages.Pixel(image, 0, 0));
        Assert.Equal(((byte)0, (byte)255, (byte)0), TestImages.Pixel(image, 4, 0));
        Assert.Equal(((byte)0, (byte)0, (byte)255), TestImages.Pixel(image, 0, 3));
    }

    [Fact]
    public void Png_round_trip_is_exact()
    {
        var image = TestImages.Demo("sample2.jpg");

        var decoded = _codec.Decode(_codec.EncodePng(image));

        Assert.Equal((image.Width, image.Height), (decoded.Width, decoded.Height));
        Assert.Equal(image.Pixels, decoded.Pixels);
    }

    [Fact]
    public void Jpeg_round_trip_is_close()
    {
        var image = TestImages.Demo("sample3.jpg");

        var jpeg = _codec.EncodeJpeg(image, quality: 95);
        var decoded = _codec.Decode(jpeg);

        Assert.Equal([0xFF, 0xD8, 0xFF], jpeg[..3]);
        Assert.Equal((image.Width, image.Height), (decoded.Width, decoded.Height));
        var meanError = image.Pixels.Zip(decoded.Pixels, (a, b) => Math.Abs(a - b)).Average();
        Assert.InRange(meanError, 0, 2.5);
    }

    [Fact]
    public void Lower_jpeg_quality_gives_smaller_files()
    {
        var image = TestImages.Demo("sample4.jpg");

        Assert.True(_codec.EncodeJpeg(image, 40).Length < _codec.EncodeJpeg(image, 95).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => _codec.EncodeJpeg(image, 0));
    }

    [Fact]
    public void Grey_and_transparent_pngs_decode_to_rgb()
    {
        var grey = TestImages.LoadRgb(TestVideos.Make("grey", "png", ["-f", "lavfi", "-i", "color=c=#808080:s=4x4,format=gray", "-frames:v", "1"]));
        var alpha = TestImages.LoadRgb(TestVideos.Make("alpha", "png", ["-f", "lavfi", "-i", "color=c=#2040C0@0.5:s=4x4,format=rgba", "-frames:v", "1"]));

        var (r, g, b) = TestImages.Pixel(grey, 3, 3);
        Assert.Equal((r, r), (g, b));
        Assert.InRange(r, 125, 131);
        Assert.Equal(((byte)0x20, (byte)0x40, (byte)0xC0), TestImages.Pixel(alpha, 0, 0));
    }

    [Theory]
    [InlineData("png")]
    [InlineData("jpg")]
    [InlineData("bmp")]
    [InlineData("webp")]
    public void A_one_pixel_image_decodes_to_one_pixel(string format)
    {
        var path = TestVideos.Make($"one-pixel-{format}", format, ["-f", "lavfi", "-i", "color=c=#3366CC:s=1x1,format=rgb24", "-frames:v", "1"]);

        var image = TestImages.LoadRgb(path);

        Assert.Equal((1, 1), (image.Width, image.Height));
        var (r, g, b) = TestImages.Pixel(image, 0, 0);
        Assert.InRange(r, 0x33 - 12, 0x33 + 12);
        Assert.InRange(g, 0x66 - 12, 0x66 + 12);
        Assert.InRange(b, 0xCC - 12, 0xCC + 12);
    }
}
