using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Quality;

namespace FaceClassifier.Engine.Vision;

/// <summary>The still-image pipeline: detect, place landmarks, align, and embed all faces of a frame in one batch.</summary>
public sealed class FaceAnalyzer(IFaceDetector detector, ILandmarkDetector landmarks, IFaceAligner aligner, IFaceEmbedder embedder) : IFaceAnalyzer
{
    public IReadOnlyList<AnalyzedFace> Analyze(RgbImage image, bool withDescriptors = true)
    {
        ArgumentNullException.ThrowIfNull(image);
        var detections = detector.Detect(image);
        if (detections.Count == 0)
        {
            return [];
        }

        var boxes = detections.Select(d => d.Box).ToList();
        var marks = landmarks.Detect(image, boxes);
        var chips = marks.Select(m => aligner.Align(image, m)).ToList();
        var descriptors = withDescriptors ? embedder.Embed(chips) : null;
        return [.. detections.Select((d, i) => new AnalyzedFace(d, marks[i], descriptors?[i], FaceQuality.Measure(d, marks[i], chips[i])))];
    }
}
