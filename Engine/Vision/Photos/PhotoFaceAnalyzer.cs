using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Detection;
using FaceClassifier.Engine.Vision.Embedding;
using FaceClassifier.Engine.Vision.Models;

namespace FaceClassifier.Engine.Vision.Photos;

/// <summary>
/// The service's still-image pipeline. A photo runs on the <see cref="PhotoNets"/> (every core) when it is the only
/// analysis in the process, and on the shared one-thread nets when video chunks or another photo are running: there
/// more threads than cores only slow everyone (measured on 2 cores beside one chunk: the chunk 30% slower). Both paths
/// give the same results. The photo nets are built in the background on the first photo that could use them, which runs
/// on the shared nets meanwhile, so neither start-up nor a video job waits for them. A job's classified frame counts as
/// a photo here: a silo that renders one builds them too.
/// </summary>
internal sealed class PhotoFaceAnalyzer : IFaceAnalyzer, IDisposable
{
    private readonly IFaceAnalyzer _shared;
    private readonly Lazy<Task<IFaceAnalyzer>>? _photo;
    private readonly IBackgroundAnalyses _background;
    private int _onPhotoNets;

    public PhotoFaceAnalyzer(IFaceAnalyzer shared, Func<IFaceAnalyzer>? buildPhotoNets, IBackgroundAnalyses background)
    {
        _shared = shared;
        _photo = buildPhotoNets is null ? null : new(() => Task.Run(buildPhotoNets));
        _background = background;
    }

    /// <summary>Over the shared nets and, when <see cref="PhotoNets.Worthwhile"/>, a copy of them with more threads.</summary>
    public static PhotoFaceAnalyzer Create(
        FaceAnalyzer shared,
        IFaceAligner aligner,
        ModelOptions models,
        FaceDetectorOptions detection,
        EmbeddingOptions embedding,
        IBackgroundAnalyses background) =>
        new(shared, PhotoNets.Worthwhile(models) ? () => new PhotoNets(models, detection, embedding, aligner) : null, background);

    /// <summary>Whether photos can run on their own nets.</summary>
    public bool HasPhotoNets => _photo is not null;

    /// <summary>Starts building the photo nets if that has not begun; completes when they are ready (or failed, or there are none).</summary>
    public Task PrepareAsync() => _photo?.Value ?? Task.CompletedTask;

    public IReadOnlyList<AnalyzedFace> Analyze(RgbImage image, bool withDescriptors = true)
    {
        // The build starts only at a quiet moment too. A failed one (the shared nets loaded the same files, so in
        // practice memory) leaves photos on the shared nets.
        if (_photo is null
            || _background.Running > 0
            || _photo.Value is not { IsCompletedSuccessfully: true } ready
            || Interlocked.CompareExchange(ref _onPhotoNets, 1, 0) != 0)
        {
            return _shared.Analyze(image, withDescriptors);
        }

        try
        {
            return ready.Result.Analyze(image, withDescriptors);
        }
        finally
        {
            Volatile.Write(ref _onPhotoNets, 0);
        }
    }

    public void Dispose()
    {
        if (_photo is not { IsValueCreated: true })
        {
            return;
        }

        var build = _photo.Value;
        build.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        if (build.IsCompletedSuccessfully)
        {
            (build.Result as IDisposable)?.Dispose();
        }
    }
}
