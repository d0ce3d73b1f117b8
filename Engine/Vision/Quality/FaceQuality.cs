using FaceClassifier.Engine.Vision.Abstractions;
using OpenCvSharp;

namespace FaceClassifier.Engine.Vision.Quality;

/// <summary>Cheap per-face quality cues used to pick a track's best frame: chip sharpness and frontalness.</summary>
public static class FaceQuality
{
    // Nose-tip depth below the eye line as a fraction of the mouth's, on FaceChipTemplate (a frontal face).
    private const double FrontalNoseDepth = 0.657;

    /// <summary>
    /// Variance of the 3x3 Laplacian (0,1,0 / 1,−4,1 / 0,1,0) of the grey chip: high for crisp edges, near 0 when
    /// blurred. Compare it only between chips of the same size and framing, e.g. 150x150 aligned chips.
    /// </summary>
    public static float Sharpness(RgbImage chip)
    {
        ArgumentNullException.ThrowIfNull(chip);
        using var rgb = Mat.FromPixelData(chip.Height, chip.Width, MatType.CV_8UC3, chip.Pixels);
        using var grey = new Mat();
        using var laplacian = new Mat();
        Cv2.CvtColor(rgb, grey, ColorConversionCodes.RGB2GRAY);
        Cv2.Laplacian(grey, laplacian, MatType.CV_64F, ksize: 1);
        Cv2.MeanStdDev(laplacian, out _, out var std);
        return (float)(std.Val0 * std.Val0);
    }

    /// <summary>Roll in degrees: the eye-centre line's angle, positive when the face's right side (image left) is higher.</summary>
    public static float RollDegrees(FaceLandmarks landmarks)
    {
        var (l, r) = (landmarks.LeftEyeCenter, landmarks.RightEyeCenter);
        return (float)(Math.Atan2(r.Y - l.Y, r.X - l.X) * 180 / Math.PI);
    }

    /// <summary>
    /// 1 for a face looking at the camera, towards 0 when turned. The product of three scores:
    /// yaw, from where the nose (points 30, 33) projects between the eye centres (1 at the midpoint, 0 at an eye);
    /// pitch, from the nose's depth below the eye line relative to the mouth's, against a frontal face;
    /// and roll, cos of the eye-line angle (weak: the similarity aligner undoes roll anyway).
    /// </summary>
    public static float Frontalness(FaceLandmarks landmarks)
    {
        ArgumentNullException.ThrowIfNull(landmarks);
        var (l, r, m) = (landmarks.LeftEyeCenter, landmarks.RightEyeCenter, landmarks.MouthCenter);
        var nose = new Point2((landmarks.Points[30].X + landmarks.Points[33].X) / 2, (landmarks.Points[30].Y + landmarks.Points[33].Y) / 2);
        double ex = r.X - l.X, ey = r.Y - l.Y;
        var eyeDistance = Math.Sqrt(ex * ex + ey * ey);
        if (eyeDistance < 1e-6)
        {
            return 0;
        }

        var along = ((nose.X - l.X) * ex + (nose.Y - l.Y) * ey) / (eyeDistance * eyeDistance);
        var yaw = Math.Clamp(1 - Math.Abs(2 * along - 1), 0, 1);
        var noseDepth = Depth(nose, l, ex, ey, eyeDistance);
        var mouthDepth = Depth(m, l, ex, ey, eyeDistance);
        var pitch = mouthDepth <= 0 ? 0 : Math.Clamp(1 - Math.Abs(noseDepth / mouthDepth - FrontalNoseDepth) / FrontalNoseDepth, 0, 1);
        var roll = Math.Max(0, ex / eyeDistance);
        return (float)(yaw * pitch * roll);
    }

    /// <summary>A best-frame score in [0,1): frontalness times a saturating sharpness term (half at <paramref name="halfSharpness"/>).</summary>
    public static float FrameScore(float sharpness, float frontalness, float halfSharpness = 100) =>
        frontalness * sharpness / (sharpness + halfSharpness);

    /// <summary>Signed distance of <paramref name="p"/> below the eye line (perpendicular, towards the mouth).</summary>
    private static double Depth(Point2 p, Point2 l, double ex, double ey, double eyeDistance) =>
        ((p.Y - l.Y) * ex - (p.X - l.X) * ey) / eyeDistance;
}
