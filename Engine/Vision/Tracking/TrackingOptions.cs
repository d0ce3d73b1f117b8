namespace FaceClassifier.Engine.Vision.Tracking;

/// <summary>How detections in consecutive sampled frames are linked into tracks.</summary>
public sealed class TrackingOptions
{
    public const string SectionName = "Vision:Tracking";

    /// <summary>Box overlap (IoU) with a track's last box from which a detection may continue it.</summary>
    public float MinIoU { get; set; } = 0.3f;

    /// <summary>A descriptor at least this far from the track's latest one never continues it, whatever the overlap.</summary>
    public float MaxLinkDistance { get; set; } = 0.6f;

    /// <summary>A descriptor closer than this to the track's latest one continues it even without overlap.</summary>
    public float DescriptorLinkDistance { get; set; } = 0.45f;

    /// <summary>A track ends when it is missing from more than this many consecutive sampled frames.</summary>
    public int MaxMissedFrames { get; set; } = 2;

    /// <summary>A new descriptor is needed when the box overlaps the box of the track's last descriptor less than this.</summary>
    public float StableIoU { get; set; } = 0.6f;

    /// <summary>A track gets a fresh descriptor at least on every Nth appearance, however stable.</summary>
    public int DescriptorInterval { get; set; } = 10;

    /// <summary>A new descriptor is needed when quality beats the track's best described frame by this fraction.</summary>
    public float QualityGain { get; set; } = 0.2f;

    /// <summary>Face side in pixels from which size no longer adds quality (the embedder's 150 px chip).</summary>
    public float FullDetailSize { get; set; } = 150;

    /// <summary>Sharpness (variance of the Laplacian of the aligned chip) that scores 0.5 in the quality.</summary>
    public float SharpnessHalfPoint { get; set; } = 100;

    /// <summary>How many of a track's best described frames are averaged into its descriptor.</summary>
    public int RepresentativeCount { get; set; } = 3;

    /// <summary>
    /// How many good frames (over the evidence floors, "Vision:Quality:Evidence") a track describes and keeps as the
    /// evidence a name is decided on: the best ones by quality, described as soon as they are seen.
    /// </summary>
    public int EvidenceFrames { get; set; } = 3;
}
