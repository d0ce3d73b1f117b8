using FaceClassifier.Blobs.Local;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Metrics;

/// <summary>
/// Every <see cref="MetricsOptions.CloudWatchInterval"/>, the cluster's oldest active silo appends one EMF line
/// (<see cref="EmfLine"/>) to <see cref="MetricsOptions.CloudWatchLogPath"/>, so the ratio is published once per
/// cluster. The CloudWatch agent ships the file: a <c>logs.logs_collected.files.collect_list</c> entry with this
/// <c>file_path</c> and a <c>log_group_name</c>; CloudWatch Logs turns lines carrying "_aws" into metrics. A file
/// rather than stdout keeps the lines out of the journal and leaves the agent one file to follow.
/// </summary>
public sealed class CloudWatchMetricsPublisher(
    BacklogReading backlog,
    IClusterSilos silos,
    DataDirectory data,
    IOptions<MetricsOptions> options,
    TimeProvider time,
    ILogger<CloudWatchMetricsPublisher> logger) : BackgroundService
{
    private PeriodicTimer? _timer;

    /// <summary>The file the lines go to.</summary>
    public string LogPath { get; } = Path.Combine(data.Root, options.Value.CloudWatchLogPath);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Made here rather than in ExecuteAsync (which runs later, on the thread pool): the first interval starts with the host.
        if (!string.IsNullOrWhiteSpace(options.Value.CloudWatchNamespace))
        {
            _timer = new PeriodicTimer(options.Value.CloudWatchInterval, time);
        }

        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_timer is null)
        {
            return;
        }

        var o = options.Value;
        MetricsLog.Publishing(logger, o.CloudWatchInterval, LogPath, o.CloudWatchNamespace!);
        while (await _timer.WaitForNextTickAsync(stoppingToken))
        {
            await PublishAsync(stoppingToken);
        }
    }

    /// <summary>Writes the line when this silo is the oldest active one; false when it is not, or writing failed.</summary>
    public async Task<bool> PublishAsync(CancellationToken cancellationToken)
    {
        if (!silos.LocalIsOldestActive)
        {
            return false;
        }

        try
        {
            var o = options.Value;
            var sample = new ClusterSample(await backlog.GetAsync(cancellationToken), silos.ActiveCount);
            var line = EmfLine.Format(sample, o.CloudWatchNamespace!, o.AutoScalingGroupName, time.GetUtcNow());
            Directory.CreateDirectory(Path.GetDirectoryName(LogPath)!);

            // Opened per line, so logrotate can move the file away between writes.
            await File.AppendAllTextAsync(LogPath, line + "\n", cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            MetricsLog.PublishFailed(logger, ex, LogPath);
            return false;
        }
    }
}
