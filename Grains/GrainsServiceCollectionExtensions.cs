using FaceClassifier.Analysis;
using FaceClassifier.Blobs;
using FaceClassifier.Engine.Pipeline;
using FaceClassifier.Jobs;
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
        services.AddFaceEngine();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => DataDirectory.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton(sp => new BlobUrlSigner(
            sp.GetRequiredService<IOptions<SignedUrlOptions>>(),
            sp.GetRequiredService<DataDirectory>(),
            sp.GetKeyedService<TimeProvider>(BlobUrlSigner.ClockKey) ?? TimeProvider.System));
        services.TryAddSingleton<JobInstruments>();
        services.TryAddSingleton<AnalysisSlots>();
        services.TryAddSingleton<FrameInstruments>();
        services.TryAddSingleton<IWorkLeases, NoWorkLeases>();
        services.TryAddSingleton<IJobAnalysis, ChunkedJobAnalysis>();
        services.TryAddSingleton<IUploadedVideoValidator, UploadedVideoValidator>();

        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section)
            .Validate(o => o.MaxAttempts >= 1 && o.ResumeCheckPeriod > TimeSpan.Zero && o.StallTimeout > TimeSpan.Zero, "Jobs: MaxAttempts >= 1 and positive periods")
            .ValidateOnStart();
        services.AddOptions<AnalysisOptions>().BindConfiguration(AnalysisOptions.Section)
            .Validate(o => o.FramesPerSecond is > 0 and <= 60, "Analysis:FramesPerSecond must be in (0, 60]")
            .Validate(o => o.ChunkDuration >= TimeSpan.FromSeconds(1), "Analysis:ChunkDuration must be at least 1 s")
            .Validate(o => o.MaxConcurrentAnalyses >= 1, "Analysis:MaxConcurrentAnalyses must be at least 1")
            .ValidateOnStart();
        services.AddOptions<SignedUrlOptions>().BindConfiguration(SignedUrlOptions.Section)
            .Validate(o => Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _), "SignedUrls:PublicBaseUrl must be an absolute URL")
            .Validate(o => o.Lifetime > TimeSpan.Zero && o.MailLifetime > TimeSpan.Zero, "SignedUrls lifetimes must be positive")
            .ValidateOnStart();
        return services;
    }
}
