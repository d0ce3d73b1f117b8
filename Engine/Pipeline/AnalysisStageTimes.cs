namespace FaceClassifier.Engine.Pipeline;

/// <summary>
/// Where one chunk's analysis time went: waiting for ffmpeg's frames, the detector, the landmark net (on detected and
/// followed faces), alignment with the quality measures, the recognition net, and the rest (new-content checks,
/// tracking) as <see cref="Other"/>. Sums over chunks run at once add up to more than the wall time.
/// </summary>
public sealed record AnalysisStageTimes(TimeSpan Decode, TimeSpan Detect, TimeSpan Landmarks, TimeSpan Align, TimeSpan Embed, TimeSpan Total)
{
    public static readonly AnalysisStageTimes None = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>Frames that ran the detector, and frames whose faces were followed by landmarks alone.</summary>
    public int DetectedFrames { get; init; }

    public int FollowedFrames { get; init; }

    public TimeSpan Other => Total - Decode - Detect - Landmarks - Align - Embed;

    public static AnalysisStageTimes operator +(AnalysisStageTimes a, AnalysisStageTimes b) =>
        new(a.Decode + b.Decode, a.Detect + b.Detect, a.Landmarks + b.Landmarks, a.Align + b.Align, a.Embed + b.Embed, a.Total + b.Total)
        {
            DetectedFrames = a.DetectedFrames + b.DetectedFrames,
            FollowedFrames = a.FollowedFrames + b.FollowedFrames,
        };
}
