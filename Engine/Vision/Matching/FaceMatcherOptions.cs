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

    /// <summary>
    /// The centre of the normal model of distances between two different people: the median of 1,605 such distances on
    /// labelled photos (README, "Calibration"; `./bench.sh accuracy` measures it on any labelled folder).
    /// </summary>
    public double ImpostorDistanceMean { get; set; } = 0.879;

    /// <summary>
    /// The model's spread, fitted to the lower tail where false matches happen: (median − 1st percentile) / 2.326. It is
    /// wider than the plain standard deviation (0.081), which puts far too few strangers close.
    /// </summary>
    public double ImpostorDistanceStdDev { get; set; } = 0.106;

    /// <summary>
    /// The best person must be closer than the second best by at least this much: measured, no correctly named probe came
    /// within 0.11 of its second person, while strangers' closest two people are usually within 0.05 of each other.
    /// </summary>
    public float Margin { get; set; } = 0.1f;

    /// <summary>Good frames that must each put the named person first and under the threshold (fewer when a face has fewer).</summary>
    public int MinSupportingFrames { get; set; } = 2;

    /// <summary>The distance under which two faces are taken for one person outside the gallery (clustering unknown faces).</summary>
    public float SamePersonDistance => Threshold ?? MaxThreshold;
}
