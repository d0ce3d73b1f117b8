using FaceClassifier.Engine.Video.VideoValidation;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Imaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Video;

/// <summary>Registers video inspection, frame extraction, validation and the image codec, renderer and thumbnailer.</summary>
public static class VideoServiceCollectionExtensions
{
    /// <summary>Adds the ffmpeg/OpenCV media services; options bind from "VideoValidation" and "ImageLimits".</summary>
    public static IServiceCollection AddVideoProcessing(this IServiceCollection services)
    {
        services.AddOptions<VideoValidationOptions>()
            .BindConfiguration(VideoValidationOptions.SectionName)
            .Configure<IConfiguration>(ReplaceConfiguredLists)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VideoValidationOptions>, VideoValidationOptionsValidator>());
        services.AddOptions<ImageLimits>().BindConfiguration(ImageLimits.SectionName);

        services.TryAddSingleton<FfprobeVideoProbe>();
        services.TryAddSingleton<IVideoProbe, CachedVideoProbe>();
        services.TryAddSingleton<IFrameSource, FfmpegFrameSource>();
        services.TryAddSingleton<VideoValidator>();
        services.TryAddSingleton<IImageCodec>(sp => new OpenCvImageCodec(sp.GetRequiredService<IOptions<ImageLimits>>().Value));
        services.TryAddSingleton<IClassifiedFrameRenderer, OpenCvClassifiedFrameRenderer>();
        services.TryAddSingleton<IFaceThumbnailer, OpenCvFaceThumbnailer>();
        return services;
    }

    // The binder appends configured array items to the defaults; a configured list should replace them.
    private static void ReplaceConfiguredLists(VideoValidationOptions options, IConfiguration configuration)
    {
        var section = configuration.GetSection(VideoValidationOptions.SectionName);
        if (section.GetSection(nameof(options.AllowedContainers)).Get<string[]>() is { } containers)
        {
            options.AllowedContainers = containers;
        }

        if (section.GetSection(nameof(options.AllowedCodecs)).Get<string[]>() is { } codecs)
        {
            options.AllowedCodecs = codecs;
        }
    }
}
