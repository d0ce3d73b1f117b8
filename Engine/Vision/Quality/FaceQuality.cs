using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Engine.Vision.Quality;

/// <summary>How good one detected face is as evidence of who it is; <see cref="FaceQualityFloors"/> says what is enough.</summary>
/// <param name="InterOcularPixels">Distance between the eye centres in image pixels: the face's real resolution.</param>
/// <param name="Sharpness">Variance of the Laplacian of the 150x150 aligned chip (<see cref="ChipSharpness"/>).</param>
/// <param name="Pose">Yaw, pitch and roll in degrees (<see cref="HeadPose"/>).</param>
/// <param name="DetectorScore">The detector's confidence in [0,1].</param>
public sealed record FaceQuality(float InterOcularPixels, float Sharpness, HeadPose Pose, float DetectorScore)
{
    public static FaceQuality Measure(DetectedFace detection, FaceLandmarks landmarks, RgbImage chip)
    {
        ArgumentNullException.ThrowIfNull(landmarks);
        var (l, r) = (landmarks.LeftEyeCenter, landmarks.RightEyeCenter);
        var eyes = MathF.Sqrt(((r.X - l.X) * (r.X - l.X)) + ((r.Y - l.Y) * (r.Y - l.Y)));
        return new FaceQuality(eyes, ChipSharpness.Of(chip), HeadPose.Estimate(landmarks), detection.Score);
    }
}
