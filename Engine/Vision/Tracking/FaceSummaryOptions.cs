namespace FaceClassifier.Engine.Vision.Tracking;

/// <summary>How a video's tracks are joined into people.</summary>
public sealed class FaceSummaryOptions
{
    public const string SectionName = "Vision:Summary";

    /// <summary>Average descriptor distance below which tracks from different chunks or moments are joined before matching.</summary>
    /// <remarks>Stricter than the match threshold, so that two gallery people who look alike are not joined first.</remarks>
    public float JoinDistance { get; set; } = 0.5f;

    /// <summary>
    /// Gaps of at most this many sampling intervals (1 / Analysis:FramesPerSecond) between a face's sightings do not end
    /// its segment; 2 bridges one missed frame.
    /// </summary>
    public double SegmentGapIntervals { get; set; } = 2;
}
