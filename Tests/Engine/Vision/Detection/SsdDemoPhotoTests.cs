using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Vision.Detection;

/// <summary>Our detector against the independent face-api run on the same images.</summary>
[Trait("Kind", "unit")]
[Collection(SsdDetectorCollection.Name)]
public sealed class SsdDemoPhotoTests(SsdDetectorFixture fixture)
{
    public static TheoryData<string> DemoPhotos => new(TestAssets.DemoImageNames);

    [Theory]
    [MemberData(nameof(DemoPhotos))]
    public void Demo_photo_gives_the_reference_faces(string name)
    {
        var reference = FaceReference.Get("demo-samples.json", name);
        var image = TestImages.LoadRgb(TestAssets.DemoImage(name));
        Assert.Equal((reference.Width, reference.Height), (image.Width, image.Height));

        var faces = fixture.Detector.Detect(image);

        // OpenCV and jpeg-js decode the JPEG slightly differently, so boxes match by IoU, not exactly.
        Assert.Equal(reference.Faces.Count, faces.Count);
        var unmatched = reference.Faces.ToList();
        foreach (var face in faces)
        {
            var best = unmatched.MaxBy(r => r.Box.IoU(face.Box));
            Assert.True(best.Box.IoU(face.Box) >= 0.9f, $"{name}: {face} has IoU {best.Box.IoU(face.Box)} with its nearest reference face {best}");
            unmatched.Remove(best);
        }

        Assert.True(faces.Zip(faces.Skip(1)).All(p => p.First.Score >= p.Second.Score), "faces come best first");
    }

    [Theory]
    [InlineData("ssd-landscape.png")]
    [InlineData("ssd-portrait.png")]
    public void Png_gives_the_reference_boxes_and_scores_to_float_precision(string name)
    {
        var reference = FaceReference.Get("ssd-png.json", name);
        var image = TestImages.LoadRgb(TestAssets.Data("faceref", name));

        var faces = fixture.Detector.Detect(image);

        // Same pixels on both sides: only float32 rounding differs (measured ≤ 1e-4 px, ≤ 1.2e-7 score).
        Assert.Equal(reference.Faces.Count, faces.Count);
        foreach (var (ours, theirs) in faces.Zip(reference.Faces))
        {
            Assert.Equal(theirs.Score, ours.Score, 1e-5f);
            Assert.Equal(theirs.Box.X, ours.Box.X, 0.01f);
            Assert.Equal(theirs.Box.Y, ours.Box.Y, 0.01f);
            Assert.Equal(theirs.Box.Width, ours.Box.Width, 0.01f);
            Assert.Equal(theirs.Box.Height, ours.Box.Height, 0.01f);
        }
    }
}
