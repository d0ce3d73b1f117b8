using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Detection;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Vision.Detection;

/// <summary>Video frames go through the detector's 8-bit copy; photos through face-api's float net.</summary>
[Trait("Kind", "unit")]
[Collection(SsdDetectorCollection.Name)]
public sealed class SsdVideoFrameTests(SsdDetectorFixture fixture)
{
    public static TheoryData<string> DemoPhotos => new(TestAssets.DemoImageNames);

    [Theory]
    [MemberData(nameof(DemoPhotos))]
    public void The_8_bit_net_finds_the_faces_of_the_float_net_with_close_boxes_and_scores(string name)
    {
        var image = TestImages.LoadRgb(TestAssets.DemoImage(name));

        var exact = fixture.Detector.Detect(image, SsdCanvas.PadToSquare(image.Width, image.Height));
        var quantized = fixture.Detector.DetectInVideoFrame(image);

        // Measured on the six demo photos: scores within 0.08 (sample2's second face: 0.883 float, 0.807 8-bit).
        Assert.Equal(exact.Count, quantized.Count);
        var unmatched = quantized.ToList();
        foreach (var face in exact)
        {
            var nearest = unmatched.MaxBy(q => q.Box.IoU(face.Box));
            Assert.True(nearest.Box.IoU(face.Box) >= 0.85f, $"{name}: {face} has IoU {nearest.Box.IoU(face.Box)} with its nearest 8-bit face {nearest}");
            Assert.Equal(face.Score, nearest.Score, 0.12f);
            unmatched.Remove(nearest);
        }
    }

    [Fact]
    public void Video_frames_and_photos_go_through_different_nets_unless_the_8_bit_net_is_off()
    {
        var image = TestImages.LoadRgb(TestAssets.DemoImage("sample1.jpg"));
        using var floatOnly = SsdDetectorFixture.Create(new FaceDetectorOptions { QuantizedVideoFrames = false });

        var exact = fixture.Detector.Detect(image, SsdCanvas.PadToSquare(image.Width, image.Height));

        Assert.NotEqual(Scores(exact), Scores(fixture.Detector.DetectInVideoFrame(image)));
        Assert.Equal(Scores(exact), Scores(floatOnly.DetectInVideoFrame(image)));
        Assert.Equal(Scores(exact), Scores(fixture.Detector.Detect(image)));
    }

    private static float[] Scores(IReadOnlyList<DetectedFace> faces) => [.. faces.Select(f => f.Score)];
}
