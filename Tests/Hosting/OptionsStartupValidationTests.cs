using FaceClassifier.Hosting;
using FaceClassifier.Persistence.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Hosting;

/// <summary>The registrations add their validators with ValidateOnStart, so a bad setting stops start-up with its message.</summary>
[Trait("Kind", "unit")]
public sealed class OptionsStartupValidationTests
{
    [Theory]
    [InlineData("Jobs:MaxAttempts", "0", "Jobs:MaxAttempts (environment variable Jobs__MaxAttempts) must be at least 1.")]
    [InlineData("Analysis:FramesPerSecond", "61", "Analysis:FramesPerSecond (environment variable Analysis__FramesPerSecond) must be in (0, 60].")]
    [InlineData("SignedUrls:PublicBaseUrl", "faces.example.com", "SignedUrls:PublicBaseUrl (environment variable SignedUrls__PublicBaseUrl) must be an absolute URL.")]
    [InlineData("Vision:Models:IntraOpThreads", "-1", "Vision:Models:IntraOpThreads (environment variable Vision__Models__IntraOpThreads) must be 0 (runtime's choice) or more.")]
    [InlineData("Vision:Detection:MaxResults", "0", "Vision:Detection:MaxResults (environment variable Vision__Detection__MaxResults) must be positive.")]
    public void Grains_refuse_a_bad_setting_at_start(string key, string value, string message)
    {
        using var provider = Services(key, value).AddFaceClassifierGrains().BuildServiceProvider();

        Assert.Equal(message, StartupFailure(provider).Message);
    }

    [Fact]
    public void Telemetry_refuses_a_bad_setting_at_start()
    {
        using var provider = Services("Metrics:CloudWatchInterval", "00:00:00.5").AddFaceClassifierTelemetry().BuildServiceProvider();

        Assert.Equal("Metrics:CloudWatchInterval (environment variable Metrics__CloudWatchInterval) must be at least 1 s.", StartupFailure(provider).Message);
    }

    [Fact]
    public void File_grain_storage_checks_each_named_provider_at_start()
    {
        var services = new ServiceCollection()
            .AddFileGrainStorage("complete", o => o.Configure(s => s.RootDirectory = Path.GetTempPath()))
            .AddFileGrainStorage("folderless", _ => { });
        using var provider = services.BuildServiceProvider();

        var error = StartupFailure(provider);

        Assert.Equal("folderless", error.OptionsName);
        Assert.Equal("File grain storage 'folderless' needs RootDirectory.", error.Message);
    }

    private static IServiceCollection Services(string key, string value) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build())
        .AddLogging();

    private static OptionsValidationException StartupFailure(IServiceProvider provider) =>
        Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);
}
