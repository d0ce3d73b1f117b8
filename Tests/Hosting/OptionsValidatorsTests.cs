using FaceClassifier.Analysis;
using FaceClassifier.Api.Hosting;
using FaceClassifier.Blobs;
using FaceClassifier.Gallery;
using FaceClassifier.Jobs;
using FaceClassifier.Metrics;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Hosting;

/// <summary>The grains', telemetry's and API's option validators: defaults pass; each rule fails alone, naming its setting and environment variable.</summary>
[Trait("Kind", "unit")]
public sealed class OptionsValidatorsTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        Assert.True(new JobOptionsValidator().Validate(Options.DefaultName, new JobOptions()).Succeeded);
        Assert.True(new AnalysisOptionsValidator().Validate(Options.DefaultName, new AnalysisOptions()).Succeeded);
        Assert.True(new SignedUrlOptionsValidator().Validate(Options.DefaultName, new SignedUrlOptions()).Succeeded);
        Assert.True(new MetricsOptionsValidator().Validate(Options.DefaultName, new MetricsOptions()).Succeeded);
        Assert.True(new UploadOptionsValidator().Validate(Options.DefaultName, new UploadOptions()).Succeeded);
    }

    public static TheoryData<string, string, Func<ValidateOptionsResult>> Broken => new()
    {
        { "Jobs:MaxAttempts", "must be at least 1.", Jobs(new() { MaxAttempts = 0 }) },
        { "Jobs:ResumeCheckPeriod", "must be positive.", Jobs(new() { ResumeCheckPeriod = TimeSpan.Zero }) },
        { "Jobs:StallTimeout", "must be positive.", Jobs(new() { StallTimeout = TimeSpan.FromSeconds(-1) }) },
        { "Analysis:FramesPerSecond", "must be in (0, 60].", Analysis(new() { FramesPerSecond = 61 }) },
        { "Analysis:FramesPerSecond", "must be in (0, 60].", Analysis(new() { FramesPerSecond = 0 }) },
        { "Analysis:ChunkDuration", "must be at least 1 s.", Analysis(new() { ChunkDuration = TimeSpan.FromMilliseconds(999) }) },
        { "Analysis:MaxConcurrentAnalyses", "must be at least 1.", Analysis(new() { MaxConcurrentAnalyses = 0 }) },
        { "SignedUrls:PublicBaseUrl", "must be an absolute URL.", SignedUrls(new() { PublicBaseUrl = "faces.example.com" }) },
        { "SignedUrls:Lifetime", "must be positive.", SignedUrls(new() { Lifetime = TimeSpan.Zero }) },
        { "SignedUrls:MailLifetime", "must be positive.", SignedUrls(new() { MailLifetime = TimeSpan.Zero }) },
        { "Metrics:ReadingLifetime", "must be positive.", Metrics(new() { ReadingLifetime = TimeSpan.Zero }) },
        { "Metrics:CloudWatchInterval", "must be at least 1 s.", Metrics(new() { CloudWatchInterval = TimeSpan.FromMilliseconds(500) }) },
        { "Metrics:CloudWatchLogPath", "must name a file.", Metrics(new() { CloudWatchLogPath = " " }) },
        { "Upload:MaxBytes", "must be positive.", Upload(new() { MaxBytes = 0 }) },
        { "Upload:MaxPhotoBytes", "must be positive.", Upload(new() { MaxPhotoBytes = -1 }) },
        { "Upload:MaxPhotos", "must be 1 to 100, the most photos a person holds.", Upload(new() { MaxPhotos = 0 }) },
        { "Upload:MaxPhotos", "must be 1 to 100, the most photos a person holds.", Upload(new() { MaxPhotos = 101 }) },
        { "Gallery:Shards", "must be 1 to 4096.", Gallery(new() { Shards = 0 }) },
        { "Gallery:RebuildPageSize", "must be 1 to 1000.", Gallery(new() { RebuildPageSize = 1001 }) },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Each_rule_fails_naming_its_setting(string setting, string problem, Func<ValidateOptionsResult> validate) =>
        Assert.Equal(new[] { $"{setting} (environment variable {setting.Replace(":", "__", StringComparison.Ordinal)}) {problem}" }, validate().Failures);

    private static Func<ValidateOptionsResult> Jobs(JobOptions options) => () => new JobOptionsValidator().Validate(null, options);

    private static Func<ValidateOptionsResult> Analysis(AnalysisOptions options) => () => new AnalysisOptionsValidator().Validate(null, options);

    private static Func<ValidateOptionsResult> SignedUrls(SignedUrlOptions options) => () => new SignedUrlOptionsValidator().Validate(null, options);

    private static Func<ValidateOptionsResult> Metrics(MetricsOptions options) => () => new MetricsOptionsValidator().Validate(null, options);

    private static Func<ValidateOptionsResult> Upload(UploadOptions options) => () => new UploadOptionsValidator().Validate(null, options);

    private static Func<ValidateOptionsResult> Gallery(GalleryOptions options) => () => new GalleryOptionsValidator().Validate(null, options);
}
