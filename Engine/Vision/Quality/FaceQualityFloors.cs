using System.Globalization;

namespace FaceClassifier.Engine.Vision.Quality;

/// <summary>The least a face must offer to count: below any floor it is still a face, but never evidence for a name.</summary>
public sealed class FaceQualityFloors
{
    /// <summary>Pixels between the eye centres; the 150 px chip has 55, so a face under the floor is upsampled about 2x or more.</summary>
    public float MinInterOcularPixels { get; set; }

    /// <summary>Least variance of the Laplacian of the aligned chip.</summary>
    public float MinSharpness { get; set; }

    /// <summary>Most yaw (head turned left or right), in degrees.</summary>
    public float MaxYawDegrees { get; set; }

    /// <summary>Most pitch (looking up or down), in degrees.</summary>
    public float MaxPitchDegrees { get; set; }

    /// <summary>Least detector score.</summary>
    public float MinDetectorScore { get; set; }

    /// <summary>The first floor <paramref name="quality"/> misses, in the order size, sharpness, pose, score; null when it meets them all.</summary>
    public QualityShortfall? Check(FaceQuality quality)
    {
        ArgumentNullException.ThrowIfNull(quality);
        if (quality.InterOcularPixels < MinInterOcularPixels)
        {
            return Shortfall(QualityReason.TooSmall, $"face too small: {quality.InterOcularPixels:F0} px between the eyes, at least {MinInterOcularPixels:F0} needed");
        }

        if (quality.Sharpness < MinSharpness)
        {
            return Shortfall(QualityReason.TooBlurred, $"face too blurred: sharpness {quality.Sharpness:F0}, at least {MinSharpness:F0} needed");
        }

        if (Math.Abs(quality.Pose.Yaw) > MaxYawDegrees)
        {
            return Shortfall(QualityReason.TooTurned, $"face too turned: {Math.Abs(quality.Pose.Yaw):F0}° to the side, at most {MaxYawDegrees:F0}° allowed");
        }

        if (Math.Abs(quality.Pose.Pitch) > MaxPitchDegrees)
        {
            return Shortfall(QualityReason.TooTurned, $"face too turned: {Math.Abs(quality.Pose.Pitch):F0}° up or down, at most {MaxPitchDegrees:F0}° allowed");
        }

        return quality.DetectorScore < MinDetectorScore
            ? Shortfall(QualityReason.LowConfidence, $"face detected with too little confidence: score {quality.DetectorScore:F2}, at least {MinDetectorScore:F2} needed")
            : null;
    }

    public bool Admits(FaceQuality quality) => Check(quality) is null;

    private static QualityShortfall Shortfall(QualityReason reason, FormattableString message) =>
        new(reason, message.ToString(CultureInfo.InvariantCulture));
}
