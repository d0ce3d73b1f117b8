namespace FaceClassifier.Engine.Vision.Quality;

/// <summary>The quality floors: one for evidence of a name in a video or photo, a stricter one for gallery photos.</summary>
public sealed class FaceQualityOptions
{
    public const string SectionName = "Vision:Quality";

    /// <summary>A face under these floors is counted and tracked but never names anyone.</summary>
    public FaceQualityFloors Evidence { get; set; } = new()
    {
        MinInterOcularPixels = 20,
        MinSharpness = 15,
        MaxYawDegrees = 50,
        MaxPitchDegrees = 40,
        MinDetectorScore = 0.6f,
    };

    /// <summary>A gallery photo whose face is under these floors is refused: every later match is measured against it.</summary>
    public FaceQualityFloors Enrolment { get; set; } = new()
    {
        MinInterOcularPixels = 40,
        MinSharpness = 25,
        MaxYawDegrees = 40,
        MaxPitchDegrees = 35,
        MinDetectorScore = 0.8f,
    };
}
