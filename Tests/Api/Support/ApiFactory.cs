using FaceClassifier.Analysis;
using FaceClassifier.Blobs;
using FaceClassifier.Blobs.Local;
using FaceClassifier.Jobs;
using FaceClassifier.Jobs.Retention;
using FaceClassifier.Notifications.DeadLetters;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Grains.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace FaceClassifier.Tests.Api.Support;

/// <summary>
/// The API process with its co-hosted silo on free ports and a fresh data folder. By default the analysis
/// stage and the notification channel are the test doubles; <paramref name="realAnalysis"/> and
/// <paramref name="realNotifications"/> keep the registered engine and notifications (tests that need the
/// merged engine, video and notification branches).
/// </summary>
public sealed class ApiFactory(
    string? apiKey = ApiFactory.ApiKey, bool realAnalysis = false, bool realNotifications = false, string? dataDirectory = null)
    : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-api-key";
    public const long MaxUploadBytes = 64 << 10;
    public const long MaxImportBytes = 1 << 20;

    /// <summary>The data folder: the given one (kept on dispose, e.g. for a restart) or a fresh one (deleted).</summary>
    public string DataDirectory { get; } = dataDirectory ?? TestAssets.TempDirectory();

    public ScriptedJobAnalysis Analysis { get; } = new();

    public RecordingNotificationChannel Channel { get; } = new();

    public FakeTimeProvider UrlClock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Settings that override all others and can change while the host runs (e.g. Security:Keys).</summary>
    public ReloadableSettings Settings { get; } = new();

    /// <summary>The retention sweep's "now"; the jobs carry the real time.</summary>
    public FakeTimeProvider RetentionClock { get; } = new(DateTimeOffset.UtcNow);

    private FaultInjectingBlobStore? _blobs;

    /// <summary>The local store with faults to inject (null on another store); made on first use, so a test may come first.</summary>
    public FaultInjectingBlobStore? Blobs => _blobs ?? Services.GetService<IBlobStore>() as FaultInjectingBlobStore;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (dataDirectory is null)
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    /// <summary>The HMAC secret webhooks are signed with when notifications are real.</summary>
    public const string WebhookSecret = "test-webhook-secret-0123456789";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(FaceClassifier.Storage.DataDirectory.Variable, DataDirectory);
        builder.UseSetting("Orleans:SiloPort", FreePort.Next().ToString());
        builder.UseSetting("Orleans:GatewayPort", FreePort.Next().ToString());
        builder.UseSetting("Security:ApiKey", apiKey ?? "");
        foreach (var (key, value) in ServiceCluster.FastSettings)
        {
            builder.UseSetting(key, value);
        }

        if (!realAnalysis)
        {
            builder.UseSetting("Upload:MaxBytes", MaxUploadBytes.ToString());
            builder.UseSetting("Upload:MaxImportBytes", MaxImportBytes.ToString());
        }
        else
        {
            // The real engine loads its nets at start, as in production, not in the first grain turn that needs them.
            builder.UseSetting("Analysis:WarmUpAtStart", "true");
        }

        if (realNotifications)
        {
            builder.UseSetting("Webhooks:Secret", WebhookSecret);
            builder.UseSetting("Webhooks:Jitter", "false");
            builder.UseSetting("Webhooks:InitialBackoff", "00:00:00.200");
            // The tests' receivers listen on 127.0.0.1, which the product refuses by default.
            builder.UseSetting("Webhooks:AllowPrivateNetworks", "true");
        }

        builder.ConfigureAppConfiguration((_, configuration) => configuration.Add(Settings));
        builder.ConfigureTestServices(services =>
        {
            if (!realAnalysis)
            {
                services.RemoveAll<IJobAnalysis>();
                services.AddSingleton<IJobAnalysis>(Analysis);
            }

            if (!realNotifications)
            {
                services.RemoveAll<IJobNotificationChannel>();
                services.AddSingleton<IJobNotificationChannel>(Channel);
            }

            services.AddKeyedSingleton<TimeProvider>(BlobUrlSigner.ClockKey, UrlClock);
            services.AddKeyedSingleton<TimeProvider>(RetentionOptions.ClockKey, RetentionClock);
            services.RemoveAll<IBlobStore>();
            services.AddSingleton<IBlobStore>(sp => _blobs = new FaultInjectingBlobStore(new LocalBlobStore(sp.GetRequiredService<DataDirectory>())));
        });
    }
}
