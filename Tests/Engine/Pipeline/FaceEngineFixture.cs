using FaceClassifier.Engine.Vision;
using FaceClassifier.Engine.Vision.Alignment;
using FaceClassifier.Engine.Vision.Detection;
using FaceClassifier.Engine.Vision.Embedding;
using FaceClassifier.Engine.Vision.Landmarks;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Engine.Pipeline;

/// <summary>The real engine, built once per collection: detector, landmarks, both aligners, embedder.</summary>
public sealed class FaceEngineFixture : IDisposable
{
    public FaceEngineFixture()
    {
        var models = Options.Create(TestAssets.TestModelOptions());
        Detector = new SsdMobilenetV1Detector(models, Options.Create(new FaceDetectorOptions()));
        Landmarks = new Landmark68Detector(models);
        Embedder = new RecognitionNetEmbedder(models);
        Analyzer = new FaceAnalyzer(Detector, Landmarks, Similarity, Embedder);
        BoxAnalyzer = new FaceAnalyzer(Detector, Landmarks, Box, Embedder);
        ProductionEmbedder = new MirrorAveragingEmbedder(Embedder);
        ProductionAnalyzer = new FaceAnalyzer(Detector, Landmarks, Similarity, ProductionEmbedder);
    }

    public SsdMobilenetV1Detector Detector { get; }

    public Landmark68Detector Landmarks { get; }

    public RecognitionNetEmbedder Embedder { get; }

    public SimilarityFaceAligner Similarity { get; } = new();

    public DlibBoxAligner Box { get; } = new();

    /// <summary>Similarity alignment and one net pass per face: the production pipeline without mirror averaging.</summary>
    public FaceAnalyzer Analyzer { get; }

    /// <summary>The production embedder: each descriptor averaged with its mirror image's.</summary>
    public MirrorAveragingEmbedder ProductionEmbedder { get; }

    /// <summary>The production pipeline: similarity alignment, mirror-averaged descriptors.</summary>
    public FaceAnalyzer ProductionAnalyzer { get; }

    /// <summary>The reference's pipeline (axis-aligned dlib box crop), kept as the baseline.</summary>
    public FaceAnalyzer BoxAnalyzer { get; }

    public void Dispose()
    {
        Detector.Dispose();
        Landmarks.Dispose();
        Embedder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class FaceEngineCollection : ICollectionFixture<FaceEngineFixture>
{
    public const string Name = "Face engine";
}
