using FaceClassifier.Analysis;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Tracking;
using FaceClassifier.Tests.Engine.Pipeline;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Grains.Analysis;

/// <summary>The classified frame labels every face of the result that is in it, found by the faces' evidence, on a real group photo.</summary>
[Trait("Kind", "unit")]
[Collection(FaceEngineCollection.Name)]
public sealed class FrameFaceLabelsTests(FaceEngineFixture engine)
{
    private static readonly float SameFace = new FaceMatcherOptions().SamePersonDistance;

    [Fact]
    public void Each_face_of_the_result_in_the_frame_is_labelled_once_at_its_detected_box()
    {
        var frame = TestImages.LoadRgb(TestAssets.DemoImage("sample1.jpg"));
        var faces = engine.ProductionAnalyzer.Analyze(frame);
        Assert.True(faces.Count == 3, $"sample1.jpg shows 3 faces; {faces.Count} were found");
        var evidence = EvidenceFromAnotherCopy(frame, faces);
        var bob = engine.ProductionAnalyzer.Analyze(TestImages.LoadRgb(TestAssets.DemoImage("sample5.jpg")))[0].Descriptor!;
        // Ann's best frame is this one (her label is already placed at her stored box); unknown person 1's best frame is
        // elsewhere; Bob is in the video but not in this frame; the third face is not in the result.
        var summary = new VideoFaceSummary(
            [Person("Ann", faces[0].Detection.Box, evidence[0]), Person("Bob", new FaceBox(0, 0, 10, 10), bob)],
            [Unknown("unknown person 1", evidence[1])]);
        var placed = new FrameLabel(faces[0].Detection.Box, "Ann", 0.9f, Known: true);

        var labels = FrameFaceLabels.Complete([placed], faces, summary, SameFace);

        Assert.Equal(
            [("Ann", faces[0].Detection.Box, true), ("unknown person 1", faces[1].Detection.Box, false)],
            labels.Select(l => (l.Text, l.Box, l.Known)));
        Assert.Equal(0, labels[1].Confidence);
    }

    [Fact]
    public void An_entry_is_drawn_once_even_when_two_faces_in_the_frame_are_close_to_its_evidence()
    {
        var frame = TestImages.LoadRgb(TestAssets.DemoImage("sample1.jpg"));
        var faces = engine.ProductionAnalyzer.Analyze(frame);
        var evidence = EvidenceFromAnotherCopy(frame, faces);
        var summary = new VideoFaceSummary([], [Unknown("unknown person 1", [evidence[2], evidence[1]])]);

        var labels = FrameFaceLabels.Complete([], faces, summary, SameFace);

        var label = Assert.Single(labels);
        Assert.Contains(label.Box, new[] { faces[1].Detection.Box, faces[2].Detection.Box });
    }

    [Fact]
    public void A_face_of_the_result_that_is_not_in_the_frame_is_not_drawn_on_someone_else()
    {
        var frame = TestImages.LoadRgb(TestAssets.DemoImage("sample1.jpg"));
        var faces = engine.ProductionAnalyzer.Analyze(frame);
        var elsewhere = engine.ProductionAnalyzer.Analyze(TestImages.LoadRgb(TestAssets.DemoImage("sample5.jpg")));
        var summary = new VideoFaceSummary([], [.. elsewhere.Select((f, i) => Unknown($"unknown person {i + 1}", [f.Descriptor!]))]);

        Assert.Empty(FrameFaceLabels.Complete([], faces, summary, SameFace));
    }

    /// <summary>Each face's descriptor from a heavily compressed copy of the photo, in the order of <paramref name="faces"/>:
    /// the same people, not the same pixels, as a track's evidence from other frames is.</summary>
    private IReadOnlyList<float[]> EvidenceFromAnotherCopy(RgbImage frame, IReadOnlyList<AnalyzedFace> faces)
    {
        var copy = engine.ProductionAnalyzer.Analyze(TestImages.JpegRoundTrip(frame, 25));
        return [.. faces.Select(f => copy.MaxBy(c => c.Detection.Box.IoU(f.Detection.Box))!.Descriptor!)];
    }

    private static PersonAppearance Person(string name, FaceBox bestBox, float[] evidence) => new(
        name, name, 0.9f, 0.3f, null, 3, TimeSpan.Zero, TimeSpan.FromSeconds(8), 5, TimeSpan.FromSeconds(3), bestBox)
    { Evidence = [evidence] };

    private static UnknownFace Unknown(string label, float[] evidence) => Unknown(label, [evidence]);

    private static UnknownFace Unknown(string label, IReadOnlyList<float[]> evidence) => new(
        label, 3, TimeSpan.Zero, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(5), new FaceBox(0, 0, 10, 10))
    { Evidence = evidence };
}
