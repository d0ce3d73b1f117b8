using System.Text.Json;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using FaceClassifier.Tests.Api.EndToEnd;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Testing;
using Xunit.Abstractions;

namespace FaceClassifier.Tests.Silo;

/// <summary>
/// Three worker silos and the API as separate processes (deploy/local-cluster.sh) against the local AWS servers.
/// One silo dies mid-job, hard (SIGKILL) or gracefully (SIGTERM); every job still completes, every address gets
/// exactly one mail, nothing stays in the queues, and the cluster marks the silo dead.
/// </summary>
[Trait("Kind", "integration")]
[Trait("Requires", "Engine")]
public sealed partial class SiloFailureTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Jobs = 4;
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(6);

    private readonly MailDevServer _maildev = new();
    private readonly string _work = TestAssets.TempDirectory();

    public Task InitializeAsync() => _maildev.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _maildev.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task A_silo_killed_mid_job_loses_nothing()
    {
        await using var cluster = await LocalCluster.StartAsync(3, Settings());

        var report = await RunWithSiloStoppedAsync(cluster, "KILL");

        output.WriteLine(report);
    }

    [Fact]
    public async Task A_silo_stopped_gracefully_mid_job_hands_its_work_back_and_redoes_no_chunk_twice()
    {
        await using var cluster = await LocalCluster.StartAsync(3, Settings());

        var report = await RunWithSiloStoppedAsync(cluster, "TERM");

        output.WriteLine(report);
        var runs = ChunkRuns(cluster);
        Assert.All(runs, r => Assert.True(r.Value <= 2, $"chunk {r.Key} ran {r.Value} times"));
    }

    private async Task<string> RunWithSiloStoppedAsync(LocalCluster cluster, string signal)
    {
        var clip = Path.Combine(_work, "clip.mp4");
        await ClipMaker.FaceClipAsync(TestAssets.DemoImage("sample1.jpg"), (838, 421, 187, 227), margin: 1.5, seconds: 20, clip);
        var started = DateTime.UtcNow;
        var ids = new List<string>();
        for (var i = 0; i < Jobs; i++)
        {
            ids.Add(await UploadAsync(cluster, clip, $"owner{i}@example.com"));
        }

        // Stop the first worker silo seen analysing a chunk: it holds work in flight.
        var busy = await Poll.UntilAsync(
            () => Task.FromResult(Enumerable.Range(1, cluster.Silos).Select(i => (int?)i).FirstOrDefault(i => ChunkStarts().IsMatch(cluster.Log($"silo-{i}"))) is { } i ? $"{i}" : null),
            "a worker silo to analyse a chunk",
            JobTimeout);
        var index = int.Parse(busy, System.Globalization.CultureInfo.InvariantCulture);
        var pid = cluster.ProcessId($"silo-{index}");
        await cluster.SignalSiloAsync(index, signal);
        Assert.True(await LocalCluster.WaitForExitAsync(pid, TimeSpan.FromMinutes(2)), $"silo {index} did not exit after SIG{signal}");

        foreach (var id in ids)
        {
            var status = await Poll.UntilAsync(() => FinishedStatusAsync(cluster, id), $"job {id} to finish", JobTimeout);
            Assert.Equal("completed", status);
        }

        var elapsed = DateTime.UtcNow - started;
        var mails = await Poll.UntilAsync(
            async () => await _maildev.AllMailsAsync() is { Length: >= Jobs } all ? all : null, "a mail for every job", TimeSpan.FromMinutes(2));
        for (var i = 0; i < Jobs; i++)
        {
            Assert.Single(mails, m => m.To.Any(t => t.Address == $"owner{i}@example.com"));
        }

        await AssertQueuesDrainedAsync(cluster);
        await AssertSiloDeadAsync(cluster, $"{cluster.BasePort + 10 + index}");
        return $"SIG{signal} to silo {index}: {Jobs} jobs of a 20 s clip on 3 silos + API finished in {elapsed.TotalSeconds:F1} s; chunk runs: " +
            string.Join(", ", ChunkRuns(cluster).Select(r => $"{r.Key}×{r.Value}"));
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Smtp__Host"] = "127.0.0.1",
        ["Smtp__Port"] = $"{_maildev.SmtpPort}",
        ["Smtp__SecureSocket"] = "None",
        ["Smtp__UserName"] = MailDevServer.UserName,
        ["Smtp__Password"] = MailDevServer.Password,
        ["Jobs__ResumeCheckPeriod"] = "00:00:02",
        ["Jobs__StallTimeout"] = "00:00:20",
        ["Queue__VisibilityTimeout"] = "00:00:10",
        ["Queue__WaitTime"] = "00:00:01",
        ["Analysis__ChunkDuration"] = "00:00:05",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__FaceClassifier"] = "Information",

        // The jobs are polled every 25 ms from one address.
        ["RateLimits__Enabled"] = "false",
    };

    private static async Task<string> UploadAsync(LocalCluster cluster, string clip, string email)
    {
        var form = Http.Form(("name", "Owner"), ("email", email)).WithFile("file", await File.ReadAllBytesAsync(clip), "clip.mp4");
        var (status, body) = await cluster.Api.PostAsync("/api/upload", form).ReadAsync();
        Assert.True(status == 200, body);
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<string?> FinishedStatusAsync(LocalCluster cluster, string id)
    {
        try
        {
            using var doc = JsonDocument.Parse(await cluster.Api.GetStringAsync($"/api/classification/{id}"));
            var status = doc.RootElement.GetProperty("data").GetProperty("status").GetString();
            return status == "processing" ? null : status;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static async Task AssertQueuesDrainedAsync(LocalCluster cluster)
    {
        using var sqs = new AmazonSQSClient(new BasicAWSCredentials("local", "local"), new AmazonSQSConfig { ServiceURL = cluster.SqsUrl });
        var queues = await sqs.ListQueuesAsync(new ListQueuesRequest());
        Assert.NotEmpty(queues.QueueUrls ?? []);
        foreach (var url in queues.QueueUrls ?? [])
        {
            var counts = await Poll.UntilAsync(
                async () =>
                {
                    var attributes = await sqs.GetQueueAttributesAsync(url, ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"]);
                    return attributes.ApproximateNumberOfMessages + attributes.ApproximateNumberOfMessagesNotVisible == 0 ? "empty" : null;
                },
                $"{url} to be empty",
                TimeSpan.FromMinutes(1));
            Assert.Equal("empty", counts);
        }
    }

    private static async Task AssertSiloDeadAsync(LocalCluster cluster, string siloPort)
    {
        var status = await Poll.UntilAsync(
            async () =>
            {
                using var doc = JsonDocument.Parse(await cluster.Api.GetStringAsync("/api/admin/cluster"));
                var silo = doc.RootElement.GetProperty("data").EnumerateArray()
                    .Where(s => s.GetProperty("address").GetString()!.Contains($":{siloPort}@", StringComparison.Ordinal))
                    .Select(s => s.GetProperty("status").GetString())
                    .LastOrDefault();
                return silo == "dead" ? silo : null;
            },
            "the stopped silo to be marked dead",
            TimeSpan.FromMinutes(2));
        Assert.Equal("dead", status);
    }

    private static Dictionary<string, int> ChunkRuns(LocalCluster cluster) =>
        Enumerable.Range(1, cluster.Silos).Select(i => $"silo-{i}").Append("api")
            .SelectMany(name => ChunkDone().Matches(cluster.Log(name)))
            .GroupBy(m => $"{m.Groups["job"].Value[..8]}/{m.Groups["chunk"].Value}")
            .ToDictionary(g => g.Key, g => g.Count());

    [GeneratedRegex(@"Chunk (?<chunk>\d+) of job (?<job>[0-9a-f-]+): analysing")]
    private static partial Regex ChunkStarts();

    [GeneratedRegex(@"Chunk (?<chunk>\d+) of job (?<job>[0-9a-f-]+): analysed")]
    private static partial Regex ChunkDone();
}
