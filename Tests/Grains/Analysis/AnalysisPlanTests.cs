using FaceClassifier.Analysis;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Tracking;

namespace FaceClassifier.Tests.Grains.Analysis;

[Trait("Kind", "unit")]
public sealed class AnalysisPlanTests
{
    [Fact]
    public void Chunks_cover_the_video_without_gaps_and_the_last_one_is_short()
    {
        var chunks = ChunkPlan.Split(TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(10));
        Assert.Equal(
            [(0, TimeSpan.Zero, TimeSpan.FromSeconds(10)), (1, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20)), (2, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(25))],
            chunks);
        Assert.Single(ChunkPlan.Split(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10)));
        Assert.Equal([(0, TimeSpan.Zero, TimeSpan.Zero)], ChunkPlan.Split(TimeSpan.Zero, TimeSpan.FromSeconds(10)));
        Assert.Equal(120, ChunkPlan.EstimateFrames(TimeSpan.FromSeconds(60), 2));
        Assert.Equal(21, ChunkPlan.EstimateFrames(TimeSpan.FromSeconds(10.1), 2));
    }

    [Fact]
    public void The_best_frame_is_the_most_confident_persons_and_labels_every_face_best_seen_there()
    {
        var box = new FaceBox(10, 20, 30, 40);
        var summary = new VideoFaceSummary(
            [
                new PersonAppearance("p1", "Ann", 0.7f, 0.4f, 0.3f, 2, TimeSpan.Zero, TimeSpan.FromSeconds(5), 10, TimeSpan.FromSeconds(2), box),
                new PersonAppearance("p2", "Bob", 0.9f, 0.3f, null, 1, TimeSpan.Zero, TimeSpan.FromSeconds(5), 10, TimeSpan.FromSeconds(3), box with { X = 100 }),
            ],
            [new UnknownFace("unknown person 1", 4, TimeSpan.Zero, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(3), box with { X = 200 })]);

        var pick = BestFrame.Pick(summary, TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.FromSeconds(3), pick.Time);
        Assert.Equal(
            [new FrameLabel(box with { X = 100 }, "Bob", 0.9f, true), new FrameLabel(box with { X = 200 }, "unknown person 1", 0, false)],
            pick.Labels);
    }

    [Fact]
    public void Without_people_the_best_unknown_face_is_used_and_without_faces_the_middle_frame()
    {
        var box = new FaceBox(1, 2, 3, 4);
        var unknownOnly = new VideoFaceSummary(
            [],
            [
                new UnknownFace("unknown person 1", 2, TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), box),
                new UnknownFace("unknown person 2", 9, TimeSpan.Zero, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(6), box),
            ]);
        var pick = BestFrame.Pick(unknownOnly, TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.FromSeconds(6), pick.Time);
        Assert.Equal("unknown person 2", Assert.Single(pick.Labels).Text);

        var empty = BestFrame.Pick(new VideoFaceSummary([], []), TimeSpan.FromSeconds(10));
        Assert.Equal((TimeSpan.FromSeconds(5), 0), (empty.Time, empty.Labels.Count));
    }
}
