using FaceClassifier.Engine.Vision.Tracking;
using FaceClassifier.Jobs;

namespace FaceClassifier.Learning;

/// <summary>Turns the engine's per-video summary into the job's face archive (times as in the result).</summary>
internal static class FaceArchives
{
    public static FaceArchive From(Guid jobId, VideoFaceSummary summary) => new(
        jobId,
        [
            .. summary.People.Select(p => Face(p.FaceId, p.FirstSeen, p.LastSeen, p.BestFrameTime, p.Segments, p.Evidence)),
            .. summary.Unknown.Select(u => Face(u.FaceId, u.FirstSeen, u.LastSeen, u.BestFrameTime, u.Segments, u.Evidence)),
        ]);

    private static ArchivedFace Face(
        string faceId, TimeSpan first, TimeSpan last, TimeSpan best, IReadOnlyList<TimeSegment> segments, IReadOnlyList<float[]> evidence) =>
        new(faceId, Seconds(first), Seconds(last), Seconds(best), [.. segments.Select(s => new SegmentResult(Seconds(s.Start), Seconds(s.End)))], evidence);

    private static double Seconds(TimeSpan t) => Math.Round(t.TotalSeconds, 3);
}
