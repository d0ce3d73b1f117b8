using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Detection;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Vision.Detection;

/// <summary>Degenerate inputs and concurrent use of the one session.</summary>
[Trait("Kind", "unit")]
[Collection(SsdDetectorCollection.Name)]
public sealed class SsdRobustnessTests(SsdDetectorFixture fixture)
{
    [Theory]
    [InlineData(200, 150, 100)]
    [InlineData(0, 0, 0)]
    [InlineData(255, 255, 255)]
    public void One_pixel_image_gives_no_face(byte r, byte g, byte b) =>
        Assert.Empty(fixture.Detector.Detect(TestImages.Solid(1, 1, r, g, b)));

    [Fact]
    public void Min_face_size_is_what_drops_the_blob_the_net_sees_in_a_one_pixel_image()
    {
        // Upscaled to 512x512 a single skin-coloured pixel is a uniform patch the SSD scores 0.78.
        using var unfiltered = SsdDetectorFixture.Create(new FaceDetectorOptions { MinFaceSize = 0, TightCropRetry = false });

        var face = Assert.Single(unfiltered.Detect(TestImages.Solid(1, 1, 200, 150, 100)));

        Assert.Equal(0.78f, face.Score, 0.01f);
        Assert.True(face.Box.Width < 1 && face.Box.Height < 1);
    }

    [Fact]
    public void All_black_frame_gives_no_face() =>
        Assert.Empty(fixture.Detector.Detect(TestImages.Solid(1280, 720, 0, 0, 0)));

    [Fact]
    public void Extreme_aspect_ratios_give_no_face_and_no_error()
    {
        Assert.Empty(fixture.Detector.Detect(TestImages.Solid(4000, 1, 90, 90, 90)));
        Assert.Empty(fixture.Detector.Detect(TestImages.Solid(1, 4000, 90, 90, 90)));
    }

    [Fact]
    public void Concurrent_calls_give_the_same_faces_as_sequential_ones()
    {
        var images = TestAssets.DemoImageNames.Select(n => TestImages.LoadRgb(TestAssets.DemoImage(n))).ToArray();
        var expected = images.Select(fixture.Detector.Detect).ToArray();

        var results = new IReadOnlyList<DetectedFace>[4][];
        var threads = Enumerable.Range(0, results.Length).Select(t => new Thread(() =>
        {
            // Each thread walks the photos from a different start so different images overlap in time.
            results[t] = new IReadOnlyList<DetectedFace>[images.Length];
            for (var k = 0; k < images.Length; k++)
            {
                var i = (k + t) % images.Length;
                results[t][i] = fixture.Detector.Detect(images[i]);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        foreach (var perThread in results)
        {
            for (var i = 0; i < images.Length; i++)
            {
                Assert.Equal(expected[i], perThread[i]);
            }
        }
    }
}
