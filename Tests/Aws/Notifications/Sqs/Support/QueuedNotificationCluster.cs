using Amazon.SQS;
using FaceClassifier.Analysis;
using FaceClassifier.Aws;
using FaceClassifier.Aws.Leases;
using FaceClassifier.Aws.Notifications.Sqs;
using FaceClassifier.Blobs.Local;
using FaceClassifier.Hosting;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Tests.Aws.Streaming.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using Orleans.TestingHost;

namespace FaceClassifier.Tests.Aws.Notifications.Sqs.Support;

/// <summary>
/// One silo with the service's grains and real providers, notifying through the SQS output queue (fauxqs) and SMTP
/// (maildev). Job work stays on memory streams; only the analysis is scripted. Fresh queues per instance.
/// </summary>
public sealed class QueuedNotificationCluster : IAsyncDisposable
{
    public const int MaxReceiveCount = 2;

    private readonly string _data = TestAssets.TempDirectory();
    private InProcessTestCluster _cluster = null!;

    private QueuedNotificationCluster(IAmazonSQS sqs)
    {
        Sqs = sqs;
    }

    public IAmazonSQS Sqs { get; }

    public string QueueName { get; } = $"work-{Guid.NewGuid():N}";

    public string DeadLetterName { get; } = $"dead-{Guid.NewGuid():N}";

    public ScriptedJobAnalysis Analysis { get; } = new();

    public RecordingLoggerProvider Logs { get; } = new();

    public IClusterClient Client => _cluster.Client;

    public QueueProbe Output { get; private set; } = null!;

    public QueueProbe DeadLetters { get; private set; } = null!;

    public static async Task<QueuedNotificationCluster> StartAsync(LocalAwsServers aws, MailDevServer maildev)
    {
        var started = new QueuedNotificationCluster(AwsClientFactory.CreateSqs(aws.Options));
        await started.DeployAsync(aws, maildev);
        return started;
    }

    /// <summary>Makes the job's stored state unreadable, so that the job grain cannot activate.</summary>
    public async Task CorruptJobStateAsync(Guid jobId)
    {
        var storage = (FileGrainStorage)_cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Jobs);
        var path = storage.PathFor("job", Client.GetGrain<IClassificationJob>(jobId).GetGrainId());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "not a grain state file");
    }

    public async ValueTask DisposeAsync()
    {
        await _cluster.DisposeAsync();
        Sqs.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    private async Task DeployAsync(LocalAwsServers aws, MailDevServer maildev)
    {
        var settings = new Dictionary<string, string?>(ServiceCluster.FastSettings)
        {
            [DataDirectory.Variable] = _data,
            ["Queue:Name"] = QueueName,
            ["Queue:DeadLetterName"] = DeadLetterName,
            ["Queue:VisibilityTimeout"] = "00:00:01",
            ["Queue:MaxReceiveCount"] = $"{MaxReceiveCount}",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = $"{maildev.SmtpPort}",
            ["Smtp:SecureSocket"] = "None",
            ["Smtp:UserName"] = MailDevServer.UserName,
            ["Smtp:Password"] = MailDevServer.Password,
            ["Smtp:FromAddress"] = "faceclassifier@example.test",
        };
        foreach (var (key, value) in aws.Settings)
        {
            settings[key] = value;
        }

        _cluster = await TestSilo.StartAsync($"queued-notifications-{Guid.NewGuid():N}", settings, silo =>
        {
            silo.Services.AddSingleton<IJobAnalysis>(Analysis);
            silo.Services.AddSingleton<ILoggerProvider>(Logs);
            silo.Services.AddNotifications(silo.Configuration);
            silo.Services.AddSingleton<IJobNotificationChannel, DispatcherNotificationChannel>();
            silo.AddFaceClassifier();
            silo.AddSqsWorkLeases();
        });
        Output = await QueueProbe.OfAsync(Sqs, $"{QueueName}-output");
        DeadLetters = await QueueProbe.OfAsync(Sqs, DeadLetterName);
    }
}
