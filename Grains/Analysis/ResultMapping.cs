using FaceClassifier.Engine.Vision.Tracking;
using FaceClassifier.Jobs;

namespace FaceClassifier.Analysis;

/// <summary>Turns the engine's per-video summary into the job's result (seconds, rounded to milliseconds).</summary>
internal static class ResultMapping
{
    public static JobResult ToResult(VideoFaceSummary summary, IReadOnlyList<ChunkAnalysis> chunks, TimeSpan duration) => new(
        summary.People.Select(p => new PersonResult(
            p.PersonId, p.Name, Math.Round(p.Confidence, 4), Seconds(p.FirstSeen), Seconds(p.LastSeen), p.Appearances, Seconds(p.BestFrameTime),
            Math.Round(p.Distance, 4), p.Margin is { } margin ? Math.Round(margin, 4) : null, p.SupportingFrames)
        {
            FaceId = p.FaceId,
            Segments = Segments(p.Segments),
        }).ToArray(),
        summary.Unknown.Select(u => new UnknownFaceResult(u.Label, u.Appearances, Seconds(u.FirstSeen), Seconds(u.LastSeen))
        {
            FaceId = u.FaceId,
            Segments = Segments(u.Segments),
        }).ToArray(),
        chunks.Sum(c => c.FacesDetected),
        chunks.Sum(c => c.FramesAnalysed),
        Seconds(duration));

    private static SegmentResult[] Segments(IReadOnlyList<TimeSegment> segments) =>
        [.. segments.Select(s => new SegmentResult(Seconds(s.Start), Seconds(s.End)))];

    private static double Seconds(TimeSpan t) => Math.Round(t.TotalSeconds, 3);
}
