using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Detection;
using FaceClassifier.Engine.Vision.Embedding;
using FaceClassifier.Engine.Vision.Landmarks;
using FaceClassifier.Engine.Vision.Models;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Vision.Photos;

/// <summary>
/// A second copy of the three nets with <see cref="ModelOptions.PhotoIntraOpThreads"/> threads each, for one photo at a
/// time. ONNX Runtime splits each op's outputs between its threads, so the results are bit-identical to the shared nets'.
/// </summary>
internal sealed class PhotoNets : IFaceAnalyzer, IDisposable
{
    private readonly SsdMobilenetV1Detector _detector;
    private readonly Landmark68Detector _landmarks;
    private readonly RecognitionNetEmbedder _recognition;
    private readonly FaceAnalyzer _analyzer;

    public PhotoNets(ModelOptions models, FaceDetectorOptions detection, EmbeddingOptions embedding, IFaceAligner aligner)
    {
        var options = Options.Create(new ModelOptions
        {
            WeightsDirectory = models.WeightsDirectory,
            CacheDirectory = models.CacheDirectory,
            IntraOpThreads = Threads(models),
        });
        _detector = new SsdMobilenetV1Detector(options, Options.Create(detection));
        _landmarks = new Landmark68Detector(options);
        _recognition = new RecognitionNetEmbedder(options);
        _analyzer = new FaceAnalyzer(_detector, _landmarks, aligner, MirrorAveragingEmbedder.Configured(_recognition, embedding));
    }

    public IReadOnlyList<AnalyzedFace> Analyze(RgbImage image, bool withDescriptors = true) => _analyzer.Analyze(image, withDescriptors);

    /// <summary>The photo nets' threads: the setting, or one per core for 0.</summary>
    public static int Threads(ModelOptions models) =>
        models.PhotoIntraOpThreads == 0 ? Environment.ProcessorCount : models.PhotoIntraOpThreads;

    /// <summary>Whether a copy would have more threads than the shared nets (0 there is the runtime's choice: all cores).</summary>
    public static bool Worthwhile(ModelOptions models) => models.IntraOpThreads != 0 && Threads(models) > models.IntraOpThreads;

    public void Dispose()
    {
        _detector.Dispose();
        _landmarks.Dispose();
        _recognition.Dispose();
    }
}
