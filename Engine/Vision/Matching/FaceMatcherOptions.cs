namespace FaceClassifier.Engine.Vision.Matching;

/// <summary>How descriptors are compared with the gallery.</summary>
public sealed class FaceMatcherOptions
{
    public const string SectionName = "Vision:Matching";

    /// <summary>dlib's threshold: two 128-d descriptors closer than this (Euclidean) are the same person.</summary>
    /// <remarks>dlib reports 99.38% accuracy on LFW at 0.6; raise it to find more matches at the cost of more confusions.</remarks>
    public float Threshold { get; set; } = 0.6f;
}
