using FaceClassifier.Engine.Video;
using FaceClassifier.Engine.Vision;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaceClassifier.Engine.Pipeline;

/// <summary>Registers the whole face engine: the nets, video decoding and probing, and the chunk analyzer over both.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>Adds the engine as singletons; options bind from "Vision:*", "VideoValidation" and "ImageLimits".</summary>
    public static IServiceCollection AddFaceEngine(this IServiceCollection services)
    {
        services.AddFaceVision();
        services.AddVideoProcessing();
        services.TryAddSingleton<IVideoChunkAnalyzer, VideoChunkAnalyzer>();
        return services;
    }
}
