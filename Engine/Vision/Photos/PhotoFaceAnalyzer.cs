using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Detection;
using FaceClassifier.Engine.Vision.Embedding;
using FaceClassifier.Engine.Vision.Models;

namespace FaceClassifier.Engine.Vision.Photos;

/// <summary>
/// The service's still-image pipeline. A photo runs on the <see cref="PhotoNets"/> (every core) when it is the only
/// analysis in the process, and on the shared one-thread nets when video chunks or another photo are running: there
/// more threads than cores only slow everyone (measured on 2 cores beside one chunk: the chunk 30% slower). Both paths
/// give the same results.
/// </summary>
internal sealed class PhotoFaceAnalyzer(IFaceAnalyzer shared, IFaceAnalyzer? photo, IBackgroundAnalyses background) : IFaceAnalyzer, IDisposable
{
    private int _onPhotoNets;

    /// <summary>Over the shared nets and, when <see cref="PhotoNets.Worthwhile"/>, a copy of them with more threads.</summary>
    public static PhotoFaceAnalyzer Create(
        FaceAnalyzer shared,
        IFaceAligner aligner,
        ModelOptions models,
        FaceDetectorOptions detection,
        EmbeddingOptions embedding,
        IBackgroundAnalyses background) =>
        new(shared, PhotoNets.Worthwhile(models) ? new PhotoNets(models, detection, embedding, aligner) : null, background);

    /// <summary>Whether photos can run on their own nets.</summary>
    public bool HasPhotoNets => photo is not null;

    public IReadOnlyList<AnalyzedFace> Analyze(RgbImage image, bool withDescriptors = true)
    {
        if (photo is null || background.Running > 0 || Interlocked.CompareExchange(ref _onPhotoNets, 1, 0) != 0)
        {
            return shared.Analyze(image, withDescriptors);
        }

        try
        {
            return photo.Analyze(image, withDescriptors);
        }
        finally
        {
            Volatile.Write(ref _onPhotoNets, 0);
        }
    }

    public void Dispose() => (photo as IDisposable)?.Dispose();
}
