using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Imaging;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Vision.Imaging;

[Trait("Kind", "unit")]
public sealed class FaceThumbnailerTests
{
    [Fact]
    public void The_crop_is_a_square_around_the_face_with_a_quarter_of_its_side_each_way()
    {
        Assert.Equal((150, 80, 300, 300), OpenCvFaceThumbnailer.CropRect(1000, 800, new FaceBox(200, 150, 200, 160), 0.25f));
    }

    [Fact]
    public void Near_an_edge_the_crop_shifts_inside_and_a_small_photo_bounds_it()
    {
        Assert.Equal((0, 0, 300, 300), OpenCvFaceThumbnailer.CropRect(1000, 800, new FaceBox(0, 10, 200, 200), 0.25f));
        Assert.Equal((700, 500, 300, 300), OpenCvFaceThumbnailer.CropRect(1000, 800, new FaceBox(850, 700, 200, 200), 0.25f));
        Assert.Equal((0, 0, 120, 90), OpenCvFaceThumbnailer.CropRect(120, 90, new FaceBox(10, 10, 100, 70), 0.25f));
        Assert.Equal((4, 4, 1, 1), OpenCvFaceThumbnailer.CropRect(10, 10, new FaceBox(5, 5, 0, 0), 0.25f));
    }

    [Fact]
    public void A_large_face_becomes_a_160_pixel_jpeg_of_that_face()
    {
        // A red square "face" on grey: the thumbnail is mostly red with a grey rim.
        var photo = TestImages.Solid(1200, 900, 128, 128, 128);
        for (var y = 300; y < 700; y++)
        {
            for (var x = 400; x < 800; x++)
            {
                (photo.Pixels[((y * 1200) + x) * 3], photo.Pixels[(((y * 1200) + x) * 3) + 1], photo.Pixels[(((y * 1200) + x) * 3) + 2]) = (220, 30, 30);
            }
        }

        var jpeg = new OpenCvFaceThumbnailer().RenderJpeg(photo, new FaceBox(400, 300, 400, 400));
        var thumbnail = new OpenCvImageCodec().Decode(jpeg);

        Assert.Equal([0xFF, 0xD8, 0xFF], jpeg[..3]);
        Assert.Equal((160, 160), (thumbnail.Width, thumbnail.Height));
        Assert.True(TestImages.Pixel(thumbnail, 80, 80).R > 180);
        Assert.InRange(TestImages.Pixel(thumbnail, 5, 5).R, 100, 156);
        Assert.InRange(TestImages.Pixel(thumbnail, 154, 154).R, 100, 156);
    }

    [Fact]
    public void A_small_face_is_not_enlarged()
    {
        var thumbnail = new OpenCvImageCodec().Decode(
            new OpenCvFaceThumbnailer().RenderJpeg(TestImages.Solid(640, 480, 10, 200, 10), new FaceBox(300, 200, 40, 60)));

        Assert.Equal((90, 90), (thumbnail.Width, thumbnail.Height));
    }
}
