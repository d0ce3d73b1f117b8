using System.Text.Json;
using FaceClassifier.Blobs.Local;
using FaceClassifier.Metrics;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FaceClassifier.Tests.Grains.Metrics;

/// <summary>The CloudWatch embedded-metric-format line: its structure, its interval, and that only the oldest silo writes it.</summary>
[Trait("Kind", "unit")]
public sealed class CloudWatchLineTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly string _data = TestAssets.TempDirectory();
    private readonly FixedBacklog _backlog = new() { Value = new QueueBacklog(7, 2) };
    private readonly FixedSilos _silos = new() { ActiveCount = 3, LocalIsOldestActive = true };

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void The_line_is_one_json_object_with_the_documented_directive_and_values()
    {
        var line = EmfLine.Format(new ClusterSample(new QueueBacklog(7, 2), 3), "FaceClassifier", "fc-workers", Start);

        Assert.DoesNotContain('\n', line);
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        Assert.Equal(["_aws", "AutoScalingGroupName", "backlog_per_instance", "queue_visible", "queue_in_flight", "silos_active"], Names(root));
        var aws = root.GetProperty("_aws");
        Assert.Equal(["Timestamp", "CloudWatchMetrics"], Names(aws));
        Assert.Equal(Start.ToUnixTimeMilliseconds(), aws.GetProperty("Timestamp").GetInt64());
        var directive = Assert.Single(aws.GetProperty("CloudWatchMetrics").EnumerateArray());
        Assert.Equal(
            """{"Namespace":"FaceClassifier","Dimensions":[["AutoScalingGroupName"]],"Metrics":[{"Name":"backlog_per_instance","Unit":"None"},{"Name":"queue_visible","Unit":"Count"},{"Name":"queue_in_flight","Unit":"Count"},{"Name":"silos_active","Unit":"Count"}]}""",
            directive.GetRawText());
        Assert.Equal("fc-workers", root.GetProperty("AutoScalingGroupName").GetString());
        Assert.Equal(3.0, root.GetProperty("backlog_per_instance").GetDouble());
        Assert.Equal(7, root.GetProperty("queue_visible").GetInt64());
        Assert.Equal(2, root.GetProperty("queue_in_flight").GetInt64());
        Assert.Equal(3, root.GetProperty("silos_active").GetInt64());

        // Every metric the directive names has its value on the root, as the format requires.
        foreach (var metric in directive.GetProperty("Metrics").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.Number, root.GetProperty(metric.GetProperty("Name").GetString()!).ValueKind);
        }
    }

    [Fact]
    public void Without_a_group_the_metrics_have_no_dimension()
    {
        using var doc = JsonDocument.Parse(EmfLine.Format(new ClusterSample(new QueueBacklog(0, 0), 0), "FC", null, Start));

        Assert.Equal("[[]]", doc.RootElement.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Dimensions").GetRawText());
        Assert.False(doc.RootElement.TryGetProperty("AutoScalingGroupName", out _));
        Assert.Equal(0.0, doc.RootElement.GetProperty("backlog_per_instance").GetDouble());
    }

    [Fact]
    public async Task The_oldest_silo_appends_one_line_per_interval()
    {
        using var publisher = Publisher(new MetricsOptions { CloudWatchNamespace = "FaceClassifier", AutoScalingGroupName = "fc-workers" });
        await publisher.StartAsync(CancellationToken.None);
        Assert.False(File.Exists(publisher.LogPath));

        _time.Advance(TimeSpan.FromSeconds(60));
        var first = await LinesAsync(publisher.LogPath, 1);
        _backlog.Value = new QueueBacklog(40, 5);
        _time.Advance(TimeSpan.FromSeconds(60));
        var both = await LinesAsync(publisher.LogPath, 2);
        await publisher.StopAsync(CancellationToken.None);

        Assert.Equal(first[0], both[0]);
        using var one = JsonDocument.Parse(both[0]);
        using var two = JsonDocument.Parse(both[1]);
        Assert.Equal((Start + TimeSpan.FromSeconds(60)).ToUnixTimeMilliseconds(), one.RootElement.GetProperty("_aws").GetProperty("Timestamp").GetInt64());
        Assert.Equal((Start + TimeSpan.FromSeconds(120)).ToUnixTimeMilliseconds(), two.RootElement.GetProperty("_aws").GetProperty("Timestamp").GetInt64());
        Assert.Equal(3.0, one.RootElement.GetProperty("backlog_per_instance").GetDouble());
        Assert.Equal(15.0, two.RootElement.GetProperty("backlog_per_instance").GetDouble());
        Assert.Equal(Path.Combine(_data, "logs", "cloudwatch-emf.log"), publisher.LogPath);
    }

    [Fact]
    public async Task Other_silos_write_nothing()
    {
        _silos.LocalIsOldestActive = false;
        using var publisher = Publisher(new MetricsOptions { CloudWatchNamespace = "FaceClassifier" });

        Assert.False(await publisher.PublishAsync(CancellationToken.None));
        Assert.False(File.Exists(publisher.LogPath));
        Assert.Equal(0, _backlog.Reads);
    }

    [Fact]
    public async Task Without_a_namespace_the_publisher_does_not_run()
    {
        using var publisher = Publisher(new MetricsOptions { CloudWatchNamespace = "" });
        await publisher.StartAsync(CancellationToken.None);

        await publisher.ExecuteTask!.WaitAsync(Poll.DefaultTimeout);
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.False(File.Exists(publisher.LogPath));
    }

    private CloudWatchMetricsPublisher Publisher(MetricsOptions options) => new(
        new BacklogReading(_backlog, Options.Create(options), _time, NullLogger<BacklogReading>.Instance),
        _silos,
        new DataDirectory(_data),
        Options.Create(options),
        _time,
        NullLogger<CloudWatchMetricsPublisher>.Instance);

    private static Task<string[]> LinesAsync(string path, int count) => Poll.UntilAsync(
        async () => File.Exists(path) && await File.ReadAllTextAsync(path) is { } text && text.EndsWith('\n')
            && text.Split('\n', StringSplitOptions.RemoveEmptyEntries) is { } lines && lines.Length == count ? lines : null,
        $"{count} whole line(s) in {path}");

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private sealed class FixedBacklog : IWorkQueueBacklog
    {
        public int Reads;

        public QueueBacklog Value { get; set; }

        public Task<QueueBacklog> GetAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Reads);
            return Task.FromResult(Value);
        }
    }

    private sealed class FixedSilos : IClusterSilos
    {
        public int ActiveCount { get; set; }

        public bool LocalIsOldestActive { get; set; }
    }
}
