using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Engine.Pipeline;

/// <summary>A face of one frame with the aligned chip its quality and descriptor come from.</summary>
/// <param name="Confirmed">False when the detector looked at this frame and missed the face, which the landmarks still followed.</param>
internal sealed record FoundFace(AnalyzedFace Face, RgbImage Chip, bool Confirmed = true);
