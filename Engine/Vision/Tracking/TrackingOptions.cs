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

    /// <summary>
    /// The detector runs on every Nth sampled frame; on the frames between, faces are followed by the landmark net from
    /// their previous boxes. It also runs whenever a face is lost or something new appears (<see cref="NewContentLevel"/>).
    /// 1 detects on every frame. At 2 fps the default 8 looks again at least every 4 s.
    /// </summary>
    public int DetectionInterval { get; set; } = 8;

    /// <summary>
    /// Mean grey-level difference (0..255) of an 8x8 cell of the 320 px wide thumbnail, outside the known faces and after
    /// undoing the camera's shift, above which a frame shows something new since the last detected frame and is detected.
    /// </summary>
    public float NewContentLevel { get; set; } = 12;

    /// <summary>A followed face must correlate at least this much (normalised, in [-1, 1]) with its previous chip; otherwise it is lost.</summary>
    public float FollowSimilarity { get; set; } = 0.6f;
}
