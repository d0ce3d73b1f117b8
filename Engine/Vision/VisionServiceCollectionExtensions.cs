using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Alignment;
using FaceClassifier.Engine.Vision.Detection;
using FaceClassifier.Engine.Vision.Embedding;
using FaceClassifier.Engine.Vision.Landmarks;
using FaceClassifier.Engine.Vision.Models;
using FaceClassifier.Engine.Vision.Photos;
using FaceClassifier.Engine.Vision.Quality;
using FaceClassifier.Engine.Vision.Tracking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Vision;

/// <summary>Registers the face nets: the three ONNX nets, alignment, matching and tracking.</summary>
public static class VisionServiceCollectionExtensions
{
    /// <summary>Adds the engine as singletons; options bind from "Vision:Models", "Vision:Detection", "Vision:Quality", "Vision:Embedding" and the tracking/media sections.</summary>
    public static IServiceCollection AddFaceVision(this IServiceCollection services)
    {
        services.AddOptions<ModelOptions>().BindConfiguration(ModelOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ModelOptions>, ModelOptionsValidator>());
        services.AddOptions<FaceDetectorOptions>().BindConfiguration(FaceDetectorOptions.SectionName).ValidateOnStart();
        services.AddOptions<FaceQualityOptions>().BindConfiguration(FaceQualityOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FaceQualityOptions>, FaceQualityOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FaceDetectorOptions>, FaceDetectorOptionsValidator>());

        services.TryAddSingleton<SsdMobilenetV1Detector>();
        services.TryAddSingleton<IFaceDetector>(sp => sp.GetRequiredService<SsdMobilenetV1Detector>());
        services.TryAddSingleton<Landmark68Detector>();
        services.TryAddSingleton<ILandmarkDetector>(sp => sp.GetRequiredService<Landmark68Detector>());
        services.TryAddSingleton<IFaceAligner, SimilarityFaceAligner>();
        services.TryAddSingleton<RecognitionNetEmbedder>();
        services.AddOptions<EmbeddingOptions>().BindConfiguration(EmbeddingOptions.SectionName);
        services.TryAddSingleton<IFaceEmbedder>(sp => MirrorAveragingEmbedder.Configured(
            sp.GetRequiredService<RecognitionNetEmbedder>(), sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value));
        services.TryAddSingleton<IBackgroundAnalyses, NoBackgroundAnalyses>();
        services.TryAddSingleton<IFaceAnalyzer>(PhotoAnalyzer);
        services.AddFaceTracking();
        return services;
    }

    /// <summary>The photo path over the shared nets and, when it has more threads than they do, its own copy of them.</summary>
    private static PhotoFaceAnalyzer PhotoAnalyzer(IServiceProvider sp)
    {
        var aligner = sp.GetRequiredService<IFaceAligner>();
        var shared = new FaceAnalyzer(
            sp.GetRequiredService<IFaceDetector>(), sp.GetRequiredService<ILandmarkDetector>(), aligner, sp.GetRequiredService<IFaceEmbedder>());
        return PhotoFaceAnalyzer.Create(
            shared,
            aligner,
            sp.GetRequiredService<IOptions<ModelOptions>>().Value,
            sp.GetRequiredService<IOptions<FaceDetectorOptions>>().Value,
            sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value,
            sp.GetRequiredService<IBackgroundAnalyses>());
    }

    /// <summary>
    /// Loads (and on first use converts) the nets, the detector's 8-bit copy included, and the photo path now, so a missing weight file stops start-up,
    /// and runs each net once on a blank image, so the first real image does not pay for the runtime's first-run allocations.
    /// </summary>
    public static void WarmUpFaceEngine(this IServiceProvider services)
    {
        _ = services.GetRequiredService<IFaceAnalyzer>();
        _ = services.GetRequiredService<IOptions<ModelOptions>>().Value;
        var blank = new RgbImage(FaceChipTemplate.Size, FaceChipTemplate.Size, new byte[FaceChipTemplate.Size * FaceChipTemplate.Size * 3]);
        _ = services.GetRequiredService<IFaceDetector>().Detect(blank);
        _ = services.GetRequiredService<IFaceDetector>().DetectInVideoFrame(blank);
        _ = services.GetRequiredService<ILandmarkDetector>().Detect(blank, new FaceBox(0, 0, blank.Width, blank.Height));
        _ = services.GetRequiredService<IFaceEmbedder>().Embed(blank);
    }
}
