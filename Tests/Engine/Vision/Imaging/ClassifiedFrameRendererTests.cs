using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Imaging;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Vision.Imaging;

[Trait("Kind", "unit")]
public sealed class ClassifiedFrameRendererTests
{
    private static readonly FrameLabel Alice = new(new FaceBox(100, 120, 200, 160), "Alice", 0.93f, Known: true);
    private static readonly FrameLabel Stranger = new(new FaceBox(400, 10, 150, 150), "unknown person 1", 0f, Known: false);

    [Fact]
    public void Draws_green_and_amber_boxes_on_a_jpeg_of_the_frame_size()
    {
        var frame = TestImages.Solid(640, 480, 128, 128, 128);

        var jpeg = new OpenCvClassifiedFrameRenderer().RenderJpeg(frame, [Alice, Stranger]);
        var image = new OpenCvImageCodec().Decode(jpeg);

        Assert.Equal([0xFF, 0xD8, 0xFF], jpeg[..3]);
        Assert.Equal((640, 480), (image.Width, image.Height));

        // Known: the left and right edges are green; inside stays the grey frame.
        AssertGreen(TestImages.Pixel(image, 100, 200));
        AssertGreen(TestImages.Pixel(image, 300, 240));
        AssertGrey(TestImages.Pixel(image, 200, 200));

        // Unknown: amber edges; its label sits inside the box because there is no room above it.
        AssertAmber(TestImages.Pixel(image, 400, 100));
        AssertAmber(TestImages.Pixel(image, 550, 140));
        AssertAmber(TestImages.Pixel(image, 403, 14));
        AssertGrey(TestImages.Pixel(image, 475, 120));
    }

    [Fact]
    public void The_label_is_dark_text_on_the_box_colour_above_the_box()
    {
        var frame = TestImages.Solid(640, 480, 128, 128, 128);

        var image = new OpenCvImageCodec().Decode(new OpenCvClassifiedFrameRenderer().RenderJpeg(frame, [Alice]));

        var label = Region(image, 100, 95, 100, 24).ToList();
        Assert.True(label.Count(IsGreen) > label.Count / 2, "the label background is the box colour");
        Assert.InRange(label.Count(p => p.R + p.G + p.B < 150), 30, label.Count / 2);
        Assert.All(Region(image, 100, 60, 200, 30), AssertGrey);
    }

    [Fact]
    public void Leaves_the_input_frame_untouched()
    {
        var frame = TestImages.Solid(320, 240, 90, 90, 90);

        new OpenCvClassifiedFrameRenderer().RenderJpeg(frame, [Alice]);

        Assert.All(frame.Pixels, p => Assert.Equal(90, p));
    }

    [Fact]
    public void A_box_outside_the_frame_draws_nothing()
    {
        var frame = TestImages.Solid(320, 240, 128, 128, 128);
        var outside = new FrameLabel(new FaceBox(400, 50, 80, 80), "Dave", 0.9f, true);

        var image = new OpenCvImageCodec().Decode(new OpenCvClassifiedFrameRenderer().RenderJpeg(frame, [outside]));

        Assert.All(Region(image, 0, 0, 320, 240), AssertGrey);
    }

    [Theory]
    [InlineData("Alice", 0.93f, "Alice 93%")]
    [InlineData(" Bob ", 0.999f, "Bob 100%")]
    [InlineData("", 0.41f, "41%")]
    [InlineData("Carol", 1.7f, "Carol 100%")]
    public void Captions_give_the_name_and_a_whole_percentage(string text, float confidence, string expected)
    {
        Assert.Equal(expected, OpenCvClassifiedFrameRenderer.Caption(new FrameLabel(default, text, confidence, true)));
    }

    [Theory]
    [InlineData("unknown person 2", 0f, "unknown person 2")]
    [InlineData(" unknown person 1 ", 0.41f, "unknown person 1")]
    [InlineData("", 0f, "unknown")]
    public void Unknown_faces_are_captioned_by_their_label_without_a_percentage(string text, float confidence, string expected)
    {
        Assert.Equal(expected, OpenCvClassifiedFrameRenderer.Caption(new FrameLabel(default, text, confidence, Known: false)));
    }

    [Fact]
    public void Line_widths_and_text_grow_with_the_frame()
    {
        var small = OpenCvClassifiedFrameRenderer.LabelStyle.For(640, 360);
        var large = OpenCvClassifiedFrameRenderer.LabelStyle.For(3840, 2160);

        Assert.True(large.BoxThickness > small.BoxThickness);
        Assert.True(large.FontScale > small.FontScale * 4);
    }

    private static IEnumerable<(byte R, byte G, byte B)> Region(RgbImage image, int x, int y, int width, int height) =>
        from yy in Enumerable.Range(y, height) from xx in Enumerable.Range(x, width) select TestImages.Pixel(image, xx, yy);

    private static bool IsGreen((byte R, byte G, byte B) p) => p.G > 150 && p.R < 110 && p.B < 130;

    private static void AssertGreen((byte R, byte G, byte B) p) => Assert.True(IsGreen(p), $"expected green, got {p}");

    private static void AssertAmber((byte R, byte G, byte B) p) =>
        Assert.True(p.R > 200 && p.G is > 150 and < 225 && p.B < 90, $"expected amber, got {p}");

    private static void AssertGrey((byte R, byte G, byte B) p) =>
        Assert.True(Math.Abs(p.R - 128) < 10 && Math.Abs(p.G - 128) < 10 && Math.Abs(p.B - 128) < 10, $"expected the grey frame, got {p}");
}
