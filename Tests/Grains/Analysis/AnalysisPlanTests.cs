using FaceClassifier.Analysis;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Tracking;

namespace FaceClassifier.Tests.Grains.Analysis;

[Trait("Kind", "unit")]
public sealed class AnalysisPlanTests
{
    [Fact]
    public void Chunks_cover_the_video_in_whole_rounds_of_equal_ranges_on_the_sampling_grid()
    {
        static TimeSpan s(double seconds) => TimeSpan.FromSeconds(seconds);

        // 60 s on two cores, at most 30 s a chunk: one round of two.
        Assert.Equal([(0, s(0), s(30)), (1, s(30), s(60))], ChunkPlan.Split(s(60), s(30), 2, 2));
        // 70 s needs two rounds: four chunks of 17.5 s.
        Assert.Equal([(0, s(0), s(17.5)), (1, s(17.5), s(35)), (2, s(35), s(52.5)), (3, s(52.5), s(70))], ChunkPlan.Split(s(70), s(30), 2, 2));
        // 61 s: four ranges of 15.5 s, boundaries on the 0.5 s grid, the last one short.
        Assert.Equal([(0, s(0), s(15.5)), (1, s(15.5), s(31)), (2, s(31), s(46.5)), (3, s(46.5), s(61))], ChunkPlan.Split(s(61), s(30), 2, 2));
        // One analysis at a time, at most 10 s: three rounds of one, 8.5 s each on the grid, the last one short.
        Assert.Equal([(0, s(0), s(8.5)), (1, s(8.5), s(17)), (2, s(17), s(25))], ChunkPlan.Split(s(25), s(10), 1, 2));
        // A video shorter than a frame step per chunk: one range.
        Assert.Equal([(0, s(0), s(0.3))], ChunkPlan.Split(s(0.3), s(30), 2, 2));
        Assert.Equal([(0, TimeSpan.Zero, TimeSpan.Zero)], ChunkPlan.Split(TimeSpan.Zero, s(10), 2, 2));
        Assert.Equal(120, ChunkPlan.EstimateFrames(s(60), 2));
        Assert.Equal(21, ChunkPlan.EstimateFrames(s(10.1), 2));
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
