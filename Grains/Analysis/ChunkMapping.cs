using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Tracking;

namespace FaceClassifier.Analysis;

/// <summary>Converts the engine's chunk analysis to and from its wire form (arrays: Orleans has codecs for them).</summary>
internal static class ChunkMapping
{
    public static ChunkResult ToWire(int chunkIndex, ChunkAnalysis a) => new(
        chunkIndex, a.Start, a.End, a.FramesAnalysed, a.FacesDetected,
        a.Tracks.Select(t => new ChunkTrack(t.TrackId, t.FirstSeen, t.LastSeen, t.Appearances, t.BestFrameTime, ToWire(t.BestBox), t.BestQuality, t.Descriptor, [.. t.Evidence])).ToArray());

    public static ChunkAnalysis FromWire(ChunkResult r) => new(
        r.Start, r.End, r.FramesAnalysed, r.FacesDetected,
        r.Tracks.Select(t => new TrackSummary(t.TrackId, t.FirstSeen, t.LastSeen, t.Appearances, t.BestFrameTime, FromWire(t.BestBox), t.BestQuality, t.Descriptor)
        {
            Evidence = t.Evidence ?? [],
        }).ToArray());

    public static WireBox ToWire(FaceBox b) => new(b.X, b.Y, b.Width, b.Height);

    public static FaceBox FromWire(WireBox b) => new(b.X, b.Y, b.Width, b.Height);
}
