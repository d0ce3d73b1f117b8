using FaceClassifier.Engine.Pipeline;
using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision;
using FaceClassifier.Engine.Vision.Alignment;
using FaceClassifier.Engine.Vision.Detection;
using FaceClassifier.Engine.Vision.Embedding;
using FaceClassifier.Engine.Vision.Landmarks;
using FaceClassifier.Engine.Vision.Models;
using FaceClassifier.Engine.Vision.Quality;
using FaceClassifier.Engine.Vision.Tracking;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Bench;

/// <summary>The real engine built by hand for the benchmarks, with a chosen number of intra-op threads.</summary>
internal sealed class BenchEngine : IDisposable
{
    public BenchEngine(int intraOpThreads)
    {
        var models = Options.Create(new ModelOptions { IntraOpThreads = intraOpThreads });
        Detector = new SsdMobilenetV1Detector(models, Options.Create(new FaceDetectorOptions()));
        Landmarks = new Landmark68Detector(models);
        Embedder = new RecognitionNetEmbedder(models);
        Analyzer = new FaceAnalyzer(Detector, Landmarks, Aligner, Embedder);
        var probe = new FfprobeVideoProbe(NullLogger<FfprobeVideoProbe>.Instance);
        Frames = new FfmpegFrameSource(probe, NullLogger<FfmpegFrameSource>.Instance);
    }

    public SsdMobilenetV1Detector Detector { get; }

    public Landmark68Detector Landmarks { get; }

    public SimilarityFaceAligner Aligner { get; } = new();

    public RecognitionNetEmbedder Embedder { get; }

    /// <summary>The service's embedder: one pass for the chip and one for its mirror image, averaged.</summary>
    public MirrorAveragingEmbedder ProductionEmbedder => new(Embedder);

    public FaceAnalyzer Analyzer { get; }

    public FfmpegFrameSource Frames { get; }

    public VideoChunkAnalyzer ChunkAnalyzer(TrackingOptions? tracking = null) =>
        new(Frames, Detector, Landmarks, Aligner, ProductionEmbedder, Options.Create(tracking ?? new TrackingOptions()), Options.Create(new FaceQualityOptions()), NullLogger<VideoChunkAnalyzer>.Instance);

    public void Dispose()
    {
        Detector.Dispose();
        Landmarks.Dispose();
        Embedder.Dispose();
    }
}
