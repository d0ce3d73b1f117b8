using FaceClassifier.Analysis;
using FaceClassifier.Delivery;
using FaceClassifier.Jobs;
using FaceClassifier.Storage;
using FaceClassifier.Streaming;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Hosting;

/// <summary>The services the grains and the API share: options, storage, signing, the pipeline.</summary>
public static class ClassificationServices
{
    public static IServiceCollection AddClassificationServices(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => DataDirectory.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton(sp => new BlobUrlSigner(
            sp.GetRequiredService<IOptions<SignedUrlOptions>>(),
            sp.GetRequiredService<DataDirectory>(),
            sp.GetKeyedService<TimeProvider>(BlobUrlSigner.ClockKey) ?? TimeProvider.System));
        services.TryAddSingleton<JobInstruments>();
        services.TryAddSingleton<AnalysisSlots>();
        services.TryAddSingleton<FrameInstruments>();
        services.TryAddSingleton<JobNotifier>();
        services.TryAddSingleton<IJobNotificationDispatch, InlineNotificationDispatch>();
        services.TryAddSingleton<IWorkLeases, NoWorkLeases>();
        services.TryAddSingleton<IJobAnalysis, ChunkedJobAnalysis>();

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
