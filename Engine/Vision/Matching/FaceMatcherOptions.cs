namespace FaceClassifier.Engine.Vision.Matching;

/// <summary>How a face is named from the gallery people closest to it (open-set: most faces belong to nobody enrolled).</summary>
public sealed class FaceMatcherOptions
{
    public const string SectionName = "Vision:Matching";

    /// <summary>
    /// The most a face of someone not enrolled may risk being named, whatever the gallery's size: the distance threshold
    /// is set from it and the number of descriptors a face is compared with (<see cref="OpenSetThreshold"/>).
    /// </summary>
    public double FalseIdentificationRate { get; set; } = 1e-3;

    /// <summary>A fixed distance threshold instead of the calibrated one (e.g. 0.6, dlib's one-to-one threshold); unset by default.</summary>
    public float? Threshold { get; set; }

    /// <summary>The calibrated threshold never exceeds this: dlib's one-to-one threshold for this descriptor.</summary>
    public float MaxThreshold { get; set; } = 0.6f;

    /// <summary>Mean distance between descriptors of two different people, measured on labelled photos (README, "Calibration").</summary>
    public double ImpostorDistanceMean { get; set; } = 0.90;

    /// <summary>Standard deviation of the distance between descriptors of two different people, measured with the mean.</summary>
    public double ImpostorDistanceStdDev { get; set; } = 0.085;

    /// <summary>The best person must be closer than the second best by at least this much.</summary>
    public float Margin { get; set; } = 0.05f;

    /// <summary>Good frames that must each put the named person first and under the threshold (fewer when a face has fewer).</summary>
    public int MinSupportingFrames { get; set; } = 2;

    /// <summary>The distance under which two faces are taken for one person outside the gallery (clustering unknown faces).</summary>
    public float SamePersonDistance => Threshold ?? MaxThreshold;
}
