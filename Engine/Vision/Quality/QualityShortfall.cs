namespace FaceClassifier.Engine.Vision.Quality;

/// <summary>Why a face is not good enough, as AWS Rekognition's unindexed-face reasons.</summary>
public enum QualityReason
{
    TooSmall,
    TooBlurred,
    TooTurned,
    LowConfidence,
}

/// <summary>The first floor a face misses, with a message that gives the numbers ("face too small: 31 px ...").</summary>
public sealed record QualityShortfall(QualityReason Reason, string Message);
