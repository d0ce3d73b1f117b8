using FaceClassifier.Video;
using FaceClassifier.Vision;

namespace FaceClassifier.Tests.Vision.Tracking;

/// <summary>The analyzer's wiring, with stand-ins for the engine parts (the real ones are tested in their own areas).</summary>
public class VideoChunkAnalyzerTests
{
    [Fact]
    public async Task A_still_face_is_one_track_and_is_embedded_only_when_the_tracker_asks()
    {
        var engine = new StandInEngine(frames: 12, faces: [new FaceBox(40, 30, 100, 100)]);
        var progress = new Recorder();

        var chunk = await engine.Analyzer().AnalyzeAsync("video.mp4", new FrameSampling { Start = TimeSpan.FromSeconds(20) }, progress);

        Assert.Equal((TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(25.5), 12, 12), (chunk.Start, chunk.End, chunk.FramesAnalysed, chunk.FacesDetected));
        var track = Assert.Single(chunk.Tracks);
        Assert.Equal((TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(25.5), 12), (track.FirstSeen, track.LastSeen, track.Appearances));
        Assert.Equal([1, 1], engine.Batches);
        Assert.Equal(Enumerable.Range(1, 12), progress.Values);
    }

    [Fact]
    public async Task New_faces_of_one_frame_are_embedded_in_one_batch()
    {
        var engine = new StandInEngine(frames: 3, faces: [new FaceBox(0, 0, 80, 80), new FaceBox(300, 0, 80, 80)]);
        var sampling = new FrameSampling { End = TimeSpan.FromSeconds(10) };

        var chunk = await engine.Analyzer().AnalyzeAsync("video.mp4", sampling);

        Assert.Equal((TimeSpan.Zero, TimeSpan.FromSeconds(10), 3, 6), (chunk.Start, chunk.End, chunk.FramesAnalysed, chunk.FacesDetected));
        Assert.Equal([3, 3], chunk.Tracks.Select(t => t.Appearances));
        Assert.Equal([2], engine.Batches);
    }

    [Fact]
    public async Task A_video_without_faces_has_no_tracks()
    {
        var engine = new StandInEngine(frames: 4, faces: []);

        var chunk = await engine.Analyzer().AnalyzeAsync("video.mp4", new FrameSampling());

        Assert.Equal((4, 0, 0), (chunk.FramesAnalysed, chunk.FacesDetected, chunk.Tracks.Count));
        Assert.Empty(engine.Batches);
    }

    private sealed class Recorder : IProgress<int>
    {
        public List<int> Values { get; } = [];

        public void Report(int value) => Values.Add(value);
    }
}
