using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Quality;

namespace FaceClassifier.Engine.Vision.Tracking;

/// <summary>How good a sighting is for recognition and for showing: large, sharp and frontal.</summary>
public static class TrackQuality
{
    /// <summary>size × sharpness × frontalness, each in [0,1], so the product is in [0,1] too.</summary>
    /// <remarks>
    /// size = min(1, √area / FullDetailSize); sharpness = s / (s + SharpnessHalfPoint), s the variance of the
    /// Laplacian of the aligned chip; frontalness from <see cref="HeadPose.Frontalness"/>.
    /// </remarks>
    public static float Score(AnalyzedFace face, TrackingOptions options)
    {
        var size = Math.Min(1, MathF.Sqrt(face.Detection.Box.Area) / options.FullDetailSize);
        var sharpness = Math.Max(0, face.Quality.Sharpness);
        var sharp = sharpness / (sharpness + options.SharpnessHalfPoint);
        return size * sharp * HeadPose.Frontalness(face.Landmarks);
    }
}
