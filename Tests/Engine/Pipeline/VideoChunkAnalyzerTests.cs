using FaceClassifier.Engine.Pipeline;
using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Quality;
using FaceClassifier.Engine.Vision.Tracking;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Engine.Pipeline;

/// <summary>The chunk analyzer on real videos with the real engine and ffmpeg.</summary>
[Trait("Kind", "unit")]
[Collection(FaceEngineCollection.Name)]
public sealed class VideoChunkAnalyzerTests(FaceEngineFixture engine)
{
    private static readonly TimeSpan HalfFrame = TimeSpan.FromSeconds(0.5);

    [Fact]
    public async Task A_face_that_appears_then_leaves_is_one_track_with_its_time_range()
    {
        var progress = new Progress();

        var chunk = await Analyzer().AnalyzeAsync(TestVideos.FaceAppearsAndLeaves, new FrameSampling(), progress);

        Assert.Equal(12, chunk.FramesAnalysed);
        Assert.Equal(Enumerable.Range(1, 12), progress.Values);
        var track = Assert.Single(chunk.Tracks);
        Assert.InRange(track.FirstSeen, FaceInOut.EntersAt, FaceInOut.InViewFrom + HalfFrame);
        Assert.InRange(track.LastSeen, FaceInOut.InViewUntil - HalfFrame, FaceInOut.GoneAt);
        Assert.InRange(track.BestFrameTime, FaceInOut.InViewFrom, FaceInOut.InViewUntil);
        Assert.True(track.BestBox.IoU(FaceInOut.ReferenceFaceBox) > 0.5f, $"best box {track.BestBox}");
        Assert.Equal(chunk.FacesDetected, track.Appearances);
        Assert.Equal(128, track.Descriptor.Length);
    }

    [Fact]
    public async Task A_face_shown_for_one_second_between_two_detection_frames_is_found()
    {
        var chunk = await Analyzer(new TrackingOptions { DetectionInterval = 4 }).AnalyzeAsync(TestVideos.FaceFlashes, new FrameSampling());

        // Sampled at 0, 0.5, ..., 5.5 s; the detector's own turns are frames 0, 4 and 8 (0, 2 and 4 s), the face is in 2.5 and 3.0.
        var track = Assert.Single(chunk.Tracks);
        Assert.InRange(track.FirstSeen, TestVideos.FlashFrom, TestVideos.FlashFrom + HalfFrame);
        Assert.InRange(track.LastSeen, TestVideos.FlashUntil - HalfFrame, TestVideos.FlashUntil);
        Assert.Equal(2, track.Appearances);
        Assert.InRange(chunk.Times.DetectedFrames, 4, 6);
        Assert.Equal(12, chunk.Times.DetectedFrames + chunk.Times.FollowedFrames);
    }

    [Fact]
    public async Task A_still_face_is_followed_between_detection_frames_with_the_same_track()
    {
        var every = await Analyzer(new TrackingOptions { DetectionInterval = 1 }).AnalyzeAsync(TestVideos.FaceAppearsAndLeaves, new FrameSampling());
        var followed = await Analyzer(new TrackingOptions { DetectionInterval = 4 }).AnalyzeAsync(TestVideos.FaceAppearsAndLeaves, new FrameSampling());

        Assert.Equal(12, every.Times.DetectedFrames);
        Assert.InRange(followed.Times.DetectedFrames, 3, 9);
        var (a, b) = (Assert.Single(every.Tracks), Assert.Single(followed.Tracks));
        Assert.Equal((a.FirstSeen, a.LastSeen, a.Appearances), (b.FirstSeen, b.LastSeen, b.Appearances));
        Assert.True(DescriptorMath.Distance(a.Descriptor, b.Descriptor) < 0.1f, $"distance {DescriptorMath.Distance(a.Descriptor, b.Descriptor)}");
    }

    [Fact]
    public async Task A_face_the_detector_misses_on_one_frame_is_followed_through_it()
    {
        var every = new TrackingOptions { DetectionInterval = 1 };
        var seen = await Analyzer(every).AnalyzeAsync(TestVideos.FaceAppearsAndLeaves, new FrameSampling());
        // Frame 5 (2.5 s): the face is in full view, but the detector reports nothing there.
        var missed = await Analyzer(every, new BlindDetector(engine.Detector, 5)).AnalyzeAsync(TestVideos.FaceAppearsAndLeaves, new FrameSampling());

        var (a, b) = (Assert.Single(seen.Tracks), Assert.Single(missed.Tracks));
        Assert.Equal((a.FirstSeen, a.LastSeen, a.Appearances), (b.FirstSeen, b.LastSeen, b.Appearances));
        Assert.Equal(seen.FacesDetected, missed.FacesDetected);
    }

    [Fact]
    public async Task A_face_the_detector_misses_twice_in_a_row_is_let_go_for_the_second()
    {
        var every = new TrackingOptions { DetectionInterval = 1 };
        var seen = await Analyzer(every).AnalyzeAsync(TestVideos.FaceAppearsAndLeaves, new FrameSampling());
        var missed = await Analyzer(every, new BlindDetector(engine.Detector, 5, 6)).AnalyzeAsync(TestVideos.FaceAppearsAndLeaves, new FrameSampling());

        // Followed through frame 5, not through frame 6: one gap, within the tracker's MaxMissedFrames.
        var (a, b) = (Assert.Single(seen.Tracks), Assert.Single(missed.Tracks));
        Assert.Equal((a.FirstSeen, a.LastSeen, a.Appearances - 1), (b.FirstSeen, b.LastSeen, b.Appearances));
    }

    [Fact]
    public async Task A_video_without_faces_has_no_tracks()
    {
        var chunk = await Analyzer().AnalyzeAsync(TestVideos.NoFaces, new FrameSampling());

        Assert.True(chunk.FramesAnalysed > 0);
        Assert.Equal((0, 0), (chunk.FacesDetected, chunk.Tracks.Count));
    }

    [Fact]
    public async Task A_time_range_only_sees_its_own_frames()
    {
        var sampling = new FrameSampling { Start = FaceInOut.GoneAt, End = FaceInOut.Duration };

        var chunk = await Analyzer().AnalyzeAsync(TestVideos.FaceAppearsAndLeaves, sampling);

        Assert.Equal((sampling.Start, sampling.End.Value), (chunk.Start, chunk.End));
        Assert.Equal(3, chunk.FramesAnalysed);
        Assert.Empty(chunk.Tracks);
    }

    private VideoChunkAnalyzer Analyzer(TrackingOptions? tracking = null, IFaceDetector? detector = null) => new(
        new FfmpegFrameSource(new FfprobeVideoProbe(NullLogger<FfprobeVideoProbe>.Instance), NullLogger<FfmpegFrameSource>.Instance),
        detector ?? engine.Detector,
        engine.Landmarks,
        engine.Similarity,
        engine.Embedder,
        Options.Create(tracking ?? new TrackingOptions()),
        Options.Create(new FaceQualityOptions()),
        NullLogger<VideoChunkAnalyzer>.Instance);

    private sealed class Progress : IProgress<int>
    {
        public List<int> Values { get; } = [];

        public void Report(int value)
        {
            lock (Values)
            {
                Values.Add(value);
            }
        }
    }

    /// <summary>The real detector, but it finds nothing on the given detection calls (0 = the first), as it misses a face.</summary>
    private sealed class BlindDetector(IFaceDetector detector, params int[] blindCalls) : IFaceDetector
    {
        private int _calls;

        public IReadOnlyList<DetectedFace> Detect(RgbImage image) => detector.Detect(image);

        public IReadOnlyList<DetectedFace> DetectInVideoFrame(RgbImage frame)
        {
            var found = detector.DetectInVideoFrame(frame);
            return blindCalls.Contains(_calls++) ? [] : found;
        }
    }
}
