using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Alignment;
using FaceClassifier.Engine.Vision.Detection;
using FaceClassifier.Engine.Vision.Embedding;
using FaceClassifier.Engine.Vision.Landmarks;
using FaceClassifier.Engine.Vision.Models;
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
        services.TryAddSingleton<IFaceEmbedder>(sp => sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value.MirrorAverage
            ? new MirrorAveragingEmbedder(sp.GetRequiredService<RecognitionNetEmbedder>())
            : sp.GetRequiredService<RecognitionNetEmbedder>());
        services.TryAddSingleton<IFaceAnalyzer, FaceAnalyzer>();
        services.AddFaceTracking();
        return services;
    }

    /// <summary>
    /// Loads (and on first use converts) the three nets now, so a missing weight file stops start-up, and runs each once
    /// on a blank image, so the first real image does not pay for the runtime's first-run allocations.
    /// </summary>
    public static void WarmUpFaceEngine(this IServiceProvider services)
    {
        _ = services.GetRequiredService<IOptions<ModelOptions>>().Value;
        var blank = new RgbImage(FaceChipTemplate.Size, FaceChipTemplate.Size, new byte[FaceChipTemplate.Size * FaceChipTemplate.Size * 3]);
        _ = services.GetRequiredService<IFaceDetector>().DetectInVideoFrame(blank);
        _ = services.GetRequiredService<ILandmarkDetector>().Detect(blank, new FaceBox(0, 0, blank.Width, blank.Height));
        _ = services.GetRequiredService<IFaceEmbedder>().Embed(blank);
    }
}
