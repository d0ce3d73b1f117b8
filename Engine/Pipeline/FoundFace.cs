using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Engine.Pipeline;

/// <summary>A face of one frame with the aligned chip its quality and descriptor come from.</summary>
internal sealed record FoundFace(AnalyzedFace Face, RgbImage Chip);
