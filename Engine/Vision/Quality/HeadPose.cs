using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Engine.Vision.Quality;

/// <summary>
/// Head rotation in degrees, estimated from the 2D landmarks with a rigid frontal-face model: the nose tip stands
/// ahead of the eyes and mouth, so turning the head moves it off the eye midpoint (yaw) and up or down between the
/// eye line and the mouth (pitch). An estimate, not a fitted 3D pose: it orders faces by how turned they are.
/// </summary>
/// <param name="Yaw">Positive when the nose points to the image's right.</param>
/// <param name="Pitch">Positive when the face looks down.</param>
/// <param name="Roll">The eye line's angle, positive when the face's right side (image left) is higher.</param>
public readonly record struct HeadPose(float Yaw, float Pitch, float Roll)
{
    // Nose-tip depth below the eye line as a fraction of the mouth's, on FaceChipTemplate (a frontal face).
    private const double FrontalNoseDepth = 0.657;

    // How far the nose tip stands ahead of the eye plane, in half eye distances, and of the eye-mouth plane, in eye-to-mouth
    // distances. Anthropometry says about 1 and 0.43, but on a turned face the landmark net pulls the far eye in, so the
    // nose moves less than a rigid face's would; 0.6 puts the demo photos' clear profile at 54° and their frontal faces under 5°.
    private const double NoseAheadOfEyes = 0.6;
    private const double NoseAheadOfMouth = 0.43;

    public static HeadPose Estimate(FaceLandmarks landmarks)
    {
        if (Geometry.Of(landmarks) is not { } g)
        {
            return new HeadPose(90, 90, 0);
        }

        var yaw = Math.Atan((2 * g.Along - 1) / NoseAheadOfEyes);
        var pitch = g.MouthDepth <= 0 ? Math.PI / 2 : Math.Atan((g.NoseDepth / g.MouthDepth - FrontalNoseDepth) / NoseAheadOfMouth);
        return new HeadPose(Degrees(yaw), Degrees(pitch), Degrees(g.Roll));
    }

    /// <summary>
    /// 1 for a face looking at the camera, towards 0 when turned: the product of a yaw score (1 with the nose at the eye
    /// midpoint, 0 with it at an eye), a pitch score (the nose's depth below the eye line relative to the mouth's, against
    /// a frontal face) and cos roll (weak: the aligner undoes roll).
    /// </summary>
    public static float Frontalness(FaceLandmarks landmarks)
    {
        if (Geometry.Of(landmarks) is not { } g)
        {
            return 0;
        }

        var yaw = Math.Clamp(1 - Math.Abs(2 * g.Along - 1), 0, 1);
        var pitch = g.MouthDepth <= 0 ? 0 : Math.Clamp(1 - Math.Abs(g.NoseDepth / g.MouthDepth - FrontalNoseDepth) / FrontalNoseDepth, 0, 1);
        return (float)(yaw * pitch * Math.Max(0, Math.Cos(g.Roll)));
    }

    private static float Degrees(double radians) => (float)(radians * 180 / Math.PI);

    /// <summary>
    /// Where the nose tip (mean of points 30 and 33) sits against the eyes: Along the eye line (0 at the left eye centre,
    /// 1 at the right), its and the mouth's depth below the eye line, and the eye line's angle; null when the eyes coincide.
    /// </summary>
    private readonly record struct Geometry(double Along, double NoseDepth, double MouthDepth, double Roll)
    {
        public static Geometry? Of(FaceLandmarks landmarks)
        {
            ArgumentNullException.ThrowIfNull(landmarks);
            var (l, r, m) = (landmarks.LeftEyeCenter, landmarks.RightEyeCenter, landmarks.MouthCenter);
            var nose = new Point2((landmarks.Points[30].X + landmarks.Points[33].X) / 2, (landmarks.Points[30].Y + landmarks.Points[33].Y) / 2);
            double ex = r.X - l.X, ey = r.Y - l.Y;
            var eyeDistance = Math.Sqrt((ex * ex) + (ey * ey));
            if (eyeDistance < 1e-6)
            {
                return null;
            }

            // Signed distance below the eye line (perpendicular, towards the mouth).
            double Depth(Point2 p) => (((p.Y - l.Y) * ex) - ((p.X - l.X) * ey)) / eyeDistance;
            var along = (((nose.X - l.X) * ex) + ((nose.Y - l.Y) * ey)) / (eyeDistance * eyeDistance);
            return new Geometry(along, Depth(nose), Depth(m), Math.Atan2(ey, ex));
        }
    }
}
