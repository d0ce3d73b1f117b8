using FaceClassifier.Blobs;
using FaceClassifier.Blobs.Local;
using FaceClassifier.Notifications;
using FaceClassifier.Notifications.DeadLetters;
using FaceClassifier.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Notifications.Support;

/// <summary>The notification services as <c>AddJobNotifications</c> wires them, over a data folder and a test clock.</summary>
internal sealed class NotificationTestHost : IAsyncDisposable
{
    public const string Secret = "0123456789abcdef-test-webhook-secret";
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    private readonly ServiceProvider _services;

    private NotificationTestHost(ServiceProvider services)
    {
        _services = services;
        Metrics = new NotificationMetrics(services);
    }

    public INotificationDispatcher Dispatcher => _services.GetRequiredService<INotificationDispatcher>();

    public IDeadLetterStore DeadLetters => _services.GetRequiredService<IDeadLetterStore>();

    public NotificationMetrics Metrics { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Webhooks: 5 attempts, 1 s doubling backoff, no jitter, 10 s per attempt, private networks allowed (the
    /// receivers listen on 127.0.0.1); mail: 3 attempts, same backoff. <paramref name="settings"/> adds to or overrides these.</summary>
    public static NotificationTestHost Create(
        string dataDirectory, TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            [NotificationServiceCollectionExtensions.DataDirectoryKey] = dataDirectory,
            ["Webhooks:Secret"] = Secret,
            ["Webhooks:MaxAttempts"] = "5",
            ["Webhooks:InitialBackoff"] = "00:00:01",
            ["Webhooks:Jitter"] = "false",
            ["Webhooks:AttemptTimeout"] = AttemptTimeout.ToString(),
            ["Webhooks:AllowPrivateNetworks"] = "true",
            ["Smtp:MaxAttempts"] = "3",
            ["Smtp:InitialBackoff"] = "00:00:01",
            ["Smtp:Jitter"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton(clock)
            // What the host adds beside the notifications: the blobs and links to them, and the cluster the admin tells about
            // replayed mails (none here: these tests do not replay through the admin).
            .AddSingleton(new DataDirectory(dataDirectory))
            .AddSingleton<IBlobStore, LocalBlobStore>()
            .AddSingleton<IBlobLinks, BlobUrlSigner>()
            .AddSingleton<IGrainFactory>(_ => throw new InvalidOperationException("The notification tests run without a cluster."))
            .AddJobNotifications(configuration);
        collection.AddOptions<SignedUrlOptions>().BindConfiguration(SignedUrlOptions.Section);
        var services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        // What the host does at start-up: fail on invalid options.
        services.GetRequiredService<IStartupValidator>().Validate();
        return new NotificationTestHost(services);
    }

    public async ValueTask DisposeAsync()
    {
        Metrics.Dispose();
        await _services.DisposeAsync();
    }
}
