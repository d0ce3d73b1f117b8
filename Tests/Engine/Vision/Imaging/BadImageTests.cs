using System.Buffers.Binary;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Imaging;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Vision.Imaging;

[Trait("Kind", "unit")]
public sealed class BadImageTests
{
    private readonly OpenCvImageCodec _codec = new();

    [Fact]
    public void Empty_bytes()
    {
        var ex = Assert.Throws<InvalidImageException>(() => _codec.Decode([]));

        Assert.Equal("the image is empty (0 bytes)", ex.Message);
    }

    [Fact]
    public void Bytes_that_are_no_image()
    {
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);

        var ex = Assert.Throws<InvalidImageException>(() => _codec.Decode(noise));

        Assert.Equal("the data is not an image in a supported format; use JPEG, PNG, BMP or WebP", ex.Message);
    }

    [Fact]
    public void A_png_cut_in_half()
    {
        var png = _codec.EncodePng(TestImages.Demo("sample1.jpg"));

        var ex = Assert.Throws<InvalidImageException>(() => _codec.Decode(png.AsSpan(0, png.Length / 2)));

        Assert.Equal("the PNG data is damaged or incomplete and could not be decoded", ex.Message);
    }

    [Fact]
    public void A_jpeg_with_only_its_headers()
    {
        var jpeg = File.ReadAllBytes(TestAssets.DemoImage("sample1.jpg"));
        var startOfScan = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xDA]);

        var ex = Assert.Throws<InvalidImageException>(() => _codec.Decode(jpeg.AsSpan(0, startOfScan)));

        Assert.Equal("the JPEG data is incomplete: the file ends before the image does", ex.Message);
    }

    [Fact]
    public void A_jpeg_cut_in_half()
    {
        var jpeg = File.ReadAllBytes(TestAssets.DemoImage("sample2.jpg"));

        var ex = Assert.Throws<InvalidImageException>(() => _codec.Decode(jpeg.AsSpan(0, jpeg.Length / 2)));

        Assert.Equal("the JPEG data is incomplete: the file ends before the image does", ex.Message);
    }

    [Fact]
    public void A_jpeg_with_garbage_inside_its_scan_decodes_like_a_viewer_would()
    {
        // libjpeg recovers from corrupt entropy-coded data (with artefacts); the size still comes from the header.
        var jpeg = File.ReadAllBytes(TestAssets.DemoImage("sample1.jpg"));
        var random = new Random(11);
        for (var i = jpeg.Length / 4; i < jpeg.Length * 3 / 4; i++)
        {
            jpeg[i] = (byte)random.Next(256);
        }

        var image = _codec.Decode(jpeg);

        Assert.Equal((1920, 1280), (image.Width, image.Height));
    }

    [Fact]
    public void A_jpeg_cut_before_its_frame_header()
    {
        var ex = Assert.Throws<InvalidImageException>(() => _codec.Decode(File.ReadAllBytes(TestAssets.DemoImage("sample1.jpg")).AsSpan(0, 20)));

        Assert.Equal("the JPEG header is damaged or incomplete", ex.Message);
    }

    [Fact]
    public void A_png_claiming_30000_by_30000_is_refused_before_decoding()
    {
        var png = _codec.EncodePng(TestImages.Solid(4, 4, 10, 20, 30));
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 30000);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), 30000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<InvalidImageException>(() => _codec.Decode(png));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("the image is 30000x30000 (900 megapixels), more than the 40 megapixels allowed", ex.Message);
        Assert.InRange(allocated, 0, 64 * 1024);
    }

    [Fact]
    public void A_jpeg_claiming_30000_by_30000_is_refused_before_decoding()
    {
        var jpeg = _codec.EncodeJpeg(TestImages.Solid(8, 8, 10, 20, 30));
        var sof = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(sof + 5), 30000);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(sof + 7), 30000);

        var ex = Assert.Throws<InvalidImageException>(() => _codec.Decode(jpeg));

        Assert.Equal("the image is 30000x30000 (900 megapixels), more than the 40 megapixels allowed", ex.Message);
    }

    [Fact]
    public void The_pixel_limit_is_configurable()
    {
        var small = new OpenCvImageCodec(new ImageLimits { MaxPixels = 1000 });
        var png = _codec.EncodePng(TestImages.Solid(40, 40, 1, 2, 3));

        var ex = Assert.Throws<InvalidImageException>(() => small.Decode(png));

        Assert.Equal("the image is 40x40 (1,600 pixels), more than the 1,000 pixels allowed", ex.Message);
        Assert.Equal((40, 40), (_codec.Decode(png).Width, _codec.Decode(png).Height));
    }

    [Fact]
    public void A_zero_sized_header_is_refused()
    {
        var png = _codec.EncodePng(TestImages.Solid(4, 4, 10, 20, 30));
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 0);

        var ex = Assert.Throws<InvalidImageException>(() => _codec.Decode(png));

        Assert.Equal("the PNG header declares an impossible size of 0x4", ex.Message);
    }
}
