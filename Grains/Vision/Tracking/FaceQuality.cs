namespace FaceClassifier.Vision.Tracking;

/// <summary>How good a face is for recognition and for showing: large, sharp and frontal.</summary>
public static class FaceQuality
{
    /// <summary>size × sharpness × frontalness, each in [0,1], so the product is in [0,1] too.</summary>
    /// <remarks>
    /// size = min(1, √area / FullDetailSize); sharpness = s / (s + SharpnessHalfPoint), s the variance of the
    /// Laplacian of the aligned chip; frontalness from <see cref="Frontalness"/>.
    /// </remarks>
    public static float Score(AnalyzedFace face, TrackingOptions options)
    {
        var size = Math.Min(1, MathF.Sqrt(face.Detection.Box.Area) / options.FullDetailSize);
        var sharpness = Math.Max(0, face.Sharpness);
        var sharp = sharpness / (sharpness + options.SharpnessHalfPoint);
        return size * sharp * Frontalness(face.Landmarks);
    }

    /// <summary>1 for a frontal face, towards 0 as it turns away: symmetry of the nose tip to both eyes and both cheeks.</summary>
    /// <remarks>
    /// A turned head brings the nose tip (point 30) closer to the far eye and cheek in the image, so the ratio of the
    /// shorter to the longer distance drops. Distances, not x offsets, keep a tilted (rolled) face frontal.
    /// </remarks>
    public static float Frontalness(FaceLandmarks landmarks)
    {
        if (landmarks.Points.Count != FaceLandmarks.Count)
        {
            throw new ArgumentException($"Expected {FaceLandmarks.Count} landmarks, got {landmarks.Points.Count}.", nameof(landmarks));
        }

        var nose = landmarks.NoseTip;
        var eyes = Symmetry(Distance(nose, landmarks.LeftEyeCenter), Distance(nose, landmarks.RightEyeCenter));
        var cheeks = Symmetry(Distance(nose, landmarks.Points[2]), Distance(nose, landmarks.Points[14]));
        return (eyes + cheeks) / 2;
    }

    private static float Symmetry(float a, float b)
    {
        var max = Math.Max(a, b);
        return max <= 0 ? 0 : Math.Min(a, b) / max;
    }

    private static float Distance(Point2 a, Point2 b) => MathF.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
