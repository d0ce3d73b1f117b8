using System.Diagnostics;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Tests.Testing;
using Xunit.Abstractions;

namespace FaceClassifier.Tests.Engine.Vision.Landmarks;

[Trait("Kind", "unit")]
public sealed class Landmark68DetectorTests(LandmarkDetectorFixture fixture, ITestOutputHelper output)
    : IClassFixture<LandmarkDetectorFixture>
{
    // jpeg-js (reference) and libjpeg (OpenCV) decode the demo JPEGs slightly differently.
    private const float MaxJpegError = 1.0f;
    private const float MeanJpegError = 0.2f;

    // Same pixels on both sides: only float32 noise between tfjs-wasm and ONNX Runtime remains.
    private const float MaxPngError = 1e-3f;

    [Fact]
    public void Landmarks_on_the_demo_photos_match_the_reference_given_its_boxes()
    {
        var errors = new List<float>();
        foreach (var file in TestAssets.DemoImageNames)
        {
            var image = TestImages.LoadRgb(TestAssets.DemoImage(file));
            foreach (var face in LandmarkReference.FacesOf(file))
            {
                var landmarks = fixture.Detector.Detect(image, face.Box);
                var faceErrors = Enumerable.Range(0, FaceLandmarks.Count)
                    .Select(i => Distance(landmarks.Points[i], face.Landmarks.Points[i]))
                    .ToArray();
                output.WriteLine($"{face}: max {faceErrors.Max():F3} px, mean {faceErrors.Average():F3} px");
                errors.AddRange(faceErrors);
            }
        }

        output.WriteLine($"all {errors.Count / FaceLandmarks.Count} faces: max {errors.Max():F3} px, mean {errors.Average():F3} px");
        Assert.Equal(22 * FaceLandmarks.Count, errors.Count);
        Assert.InRange(errors.Max(), 0, MaxJpegError);
        Assert.InRange(errors.Average(), 0, MeanJpegError);
    }

    [Fact]
    public void Landmarks_on_lossless_crops_match_the_reference_to_float_noise()
    {
        var faces = LandmarkReference.Load("landmarks", "png-crops.json");
        var maxError = 0f;
        foreach (var face in faces)
        {
            var image = TestImages.LoadRgb(TestAssets.Data("landmarks", face.File));
            var landmarks = fixture.Detector.Detect(image, face.Box);
            for (var i = 0; i < FaceLandmarks.Count; i++)
            {
                maxError = Math.Max(maxError, Distance(landmarks.Points[i], face.Landmarks.Points[i]));
            }
        }

        output.WriteLine($"PNG crops, {faces.Count} faces: max {maxError:F5} px");
        Assert.Equal(2, faces.Count);
        Assert.InRange(maxError, 0, MaxPngError);
    }

    [Fact]
    public void Batched_call_gives_the_same_landmarks_as_one_face_at_a_time()
    {
        var image = TestImages.LoadRgb(TestAssets.DemoImage("sample5.jpg"));
        var boxes = LandmarkReference.FacesOf("sample5.jpg").Select(f => f.Box).ToArray();

        var batched = fixture.Detector.Detect(image, boxes);

        Assert.Equal(boxes.Length, batched.Count);
        for (var f = 0; f < boxes.Length; f++)
        {
            var single = fixture.Detector.Detect(image, boxes[f]);
            for (var i = 0; i < FaceLandmarks.Count; i++)
            {
                Assert.InRange(Distance(single.Points[i], batched[f].Points[i]), 0, 1e-3f);
            }
        }
    }

    [Fact]
    public void Concurrent_calls_on_one_detector_give_identical_results()
    {
        var image = TestImages.LoadRgb(TestAssets.DemoImage("sample3.jpg"));
        var faces = LandmarkReference.FacesOf("sample3.jpg").ToArray();
        var expected = faces.Select(f => fixture.Detector.Detect(image, f.Box)).ToArray();
        var results = new FaceLandmarks[24];

        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            results[i] = fixture.Detector.Detect(image, faces[i % faces.Length].Box));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % faces.Length].Points, results[i].Points);
        }
    }

    [Fact]
    public void A_box_outside_the_image_is_rejected()
    {
        var image = new RgbImage(64, 48, new byte[64 * 48 * 3]);

        Assert.Throws<ArgumentOutOfRangeException>(() => fixture.Detector.Detect(image, new FaceBox(70, 10, 20, 20)));
    }

    [Fact]
    public void Reports_the_time_per_face_at_batch_one()
    {
        var image = TestImages.LoadRgb(TestAssets.DemoImage("sample1.jpg"));
        var box = LandmarkReference.FacesOf("sample1.jpg").First().Box;
        fixture.Detector.Detect(image, box);

        const int runs = 20;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            fixture.Detector.Detect(image, box);
        }

        var perFace = watch.Elapsed.TotalMilliseconds / runs;
        output.WriteLine($"landmarks, batch 1, one intra-op thread: {perFace:F2} ms per face");
        Assert.InRange(perFace, 0, 1000);
    }

    private static float Distance(Point2 a, Point2 b) => MathF.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
