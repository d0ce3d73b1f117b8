using FaceClassifier.Analysis;
using FaceClassifier.Blobs;
using FaceClassifier.Engine.Pipeline;
using FaceClassifier.Engine.Vision.Photos;
using FaceClassifier.Gallery;
using FaceClassifier.Gallery.Imports;
using FaceClassifier.Gallery.Thumbnails;
using FaceClassifier.Jobs;
using FaceClassifier.Learning;
using FaceClassifier.Storage;
using FaceClassifier.Streaming;
using FaceClassifier.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier;

/// <summary>Registers what the grains and the API share: options, the data folder, signing, the engine, the pipeline.</summary>
public static class GrainsServiceCollectionExtensions
{
    public static IServiceCollection AddFaceClassifierGrains(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<IBackgroundAnalyses, SlotsBackgroundAnalyses>();
        services.AddFaceEngine();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => DataDirectory.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton(sp => new BlobUrlSigner(
            sp.GetRequiredService<IOptions<SignedUrlOptions>>(),
            sp.GetRequiredService<DataDirectory>(),
            sp.GetKeyedService<TimeProvider>(BlobUrlSigner.ClockKey) ?? TimeProvider.System));
        services.TryAddSingleton<JobInstruments>();
        services.TryAddSingleton<AnalysisSlots>();
        services.TryAddSingleton(sp => new AnalysisThreads(sp.GetRequiredService<IOptions<AnalysisOptions>>().Value.MaxConcurrentAnalyses));
        services.TryAddSingleton<FrameInstruments>();
        services.AddHostedService<EngineWarmup>();
        services.TryAddSingleton<IWorkLeases, NoWorkLeases>();
        services.TryAddSingleton<ResultImages>();
        services.TryAddSingleton<IJobAnalysis, ChunkedJobAnalysis>();
        services.TryAddSingleton<IUploadedVideoValidator, UploadedVideoValidator>();
        services.TryAddSingleton<IGallery, ShardedGallery>();
        services.TryAddSingleton<PersonThumbnails>();
        services.TryAddSingleton<ImportPhotoAnalysis>();
        services.TryAddSingleton<FaceArchiveStore>();
        services.TryAddSingleton<AppearanceScan>();

        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JobOptions>, JobOptionsValidator>());
        services.AddOptions<AnalysisOptions>().BindConfiguration(AnalysisOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnalysisOptions>, AnalysisOptionsValidator>());
        services.AddOptions<GalleryOptions>().BindConfiguration(GalleryOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GalleryOptions>, GalleryOptionsValidator>());
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ImportOptions>, ImportOptionsValidator>());
        services.AddOptions<SignedUrlOptions>().BindConfiguration(SignedUrlOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SignedUrlOptions>, SignedUrlOptionsValidator>());
        return services;
    }
}
