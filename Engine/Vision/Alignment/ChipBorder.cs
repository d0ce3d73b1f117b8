namespace FaceClassifier.Engine.Vision.Alignment;

/// <summary>How chip pixels that fall outside the source image are filled.</summary>
public enum ChipBorder
{
    /// <summary>Black, as dlib's chip extraction and face-api's zero padding do.</summary>
    Constant,

    /// <summary>The nearest edge pixel repeated.</summary>
    Replicate,
}
