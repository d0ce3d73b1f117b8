using System.Net;
using System.Text.RegularExpressions;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Hosting;
using FaceClassifier.Jobs;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Hosting;

/// <summary>The API's /metrics: Prometheus text with every instrument, following a job through the cluster gauges.</summary>
[Trait("Kind", "integration")]
[Collection(MetricsHostCollection.Name)]
public sealed partial class MetricsEndpointTests(MetricsHost host)
{
    private const string Cluster = "otel_scope_name=\"FaceClassifier.Cluster\"";

    [Fact]
    public async Task The_gauges_follow_jobs_to_completed_and_failed_and_every_instrument_is_listed()
    {
        // This test owns the host's job counts: it is the only one in the collection that runs jobs.
        var id = Guid.NewGuid();
        var script = host.Analysis.For(id).Hold();
        await host.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));
        await script.Started.Task.WaitAsync(Poll.DefaultTimeout);

        // Two readings (queue and job counts) refresh on their own; wait until both show the job.
        var running = await ScrapeUntilAsync(
            $"faceclassifier_queue_in_flight{{{Cluster}}} 1", $"faceclassifier_jobs{{{Cluster},status=\"processing\"}} 1");
        Assert.Equal(0, Value(running, $"faceclassifier_jobs{{{Cluster},status=\"queued\"}}"));
        Assert.Equal(0, Value(running, $"faceclassifier_queue_visible{{{Cluster}}}"));
        Assert.Equal(1, Value(running, $"faceclassifier_silos_active{{{Cluster}}}"));
        Assert.Equal(1, Value(running, $"faceclassifier_backlog_per_instance{{{Cluster}}}"));

        script.Release.SetResult();
        await TestJobs.WaitForDoneAsync(host.Grains, id);
        var done = await ScrapeUntilAsync(
            $"faceclassifier_jobs{{{Cluster},status=\"completed\"}} 1", $"faceclassifier_queue_in_flight{{{Cluster}}} 0");
        Assert.Equal(0, Value(done, $"faceclassifier_jobs{{{Cluster},status=\"processing\"}}"));
        Assert.Equal(0, Value(done, $"faceclassifier_jobs{{{Cluster},status=\"error\"}}"));
        Assert.Equal(0, Value(done, $"faceclassifier_backlog_per_instance{{{Cluster}}}"));
        Assert.Equal(1, Value(done, "faceclassifier_jobs_submitted_total{otel_scope_name=\"FaceClassifier.Jobs\"}"));
        Assert.Equal(1, Value(done, "faceclassifier_jobs_duration_seconds_count{otel_scope_name=\"FaceClassifier.Jobs\"}"));
        Assert.Equal(1, Value(done, "faceclassifier_jobs_duration_seconds_bucket{otel_scope_name=\"FaceClassifier.Jobs\",le=\"+Inf\"}"));

        // The scripted analysis reads no frames, so the frame series are there at 0.
        Assert.Equal(0, Value(done, "faceclassifier_frames_analysed_total{otel_scope_name=\"FaceClassifier.Analysis\"}"));
        Assert.Equal(0, Value(done, "faceclassifier_frames_per_second{otel_scope_name=\"FaceClassifier.Analysis\"}"));
        foreach (var type in new[]
        {
            "faceclassifier_queue_visible gauge", "faceclassifier_queue_in_flight gauge", "faceclassifier_jobs gauge",
            "faceclassifier_frames_analysed_total counter", "faceclassifier_frames_per_second gauge",
            "faceclassifier_jobs_duration_seconds histogram", "faceclassifier_silos_active gauge",
            "faceclassifier_backlog_per_instance gauge",
        })
        {
            Assert.Contains($"# TYPE {type}\n", done, StringComparison.Ordinal);
        }

        Assert.Matches(OrleansSeries(), done);

        // A failed job is timed too, and counted under "error".
        var bad = Guid.NewGuid();
        host.Analysis.For(bad).Failure = new InvalidVideoException("the video has no decodable frames");
        await host.Grains.GetGrain<IClassificationJob>(bad).SubmitAsync(TestJobs.Submission(bad));
        await TestJobs.WaitForDoneAsync(host.Grains, bad);
        var failed = await ScrapeUntilAsync($"faceclassifier_jobs{{{Cluster},status=\"error\"}} 1");
        Assert.Equal(1, Value(failed, $"faceclassifier_jobs{{{Cluster},status=\"completed\"}}"));
        Assert.Equal(2, Value(failed, "faceclassifier_jobs_duration_seconds_count{otel_scope_name=\"FaceClassifier.Jobs\"}"));
        Assert.Equal(1, Value(failed, "faceclassifier_jobs_finished_total{otel_scope_name=\"FaceClassifier.Jobs\",status=\"error\"}"));
    }

    [Fact]
    public async Task Metrics_need_no_api_key_but_answer_only_this_machine()
    {
        // The host has an API key configured and the scrape sends none.
        Assert.Equal(200, (await host.ScrapeAsync(IPAddress.Loopback)).Status);
        Assert.Equal(200, (await host.ScrapeAsync(IPAddress.IPv6Loopback)).Status);
        Assert.Equal((403, MetricsAccess.Refusal), await host.ScrapeAsync(IPAddress.Parse("10.1.2.3")));
    }

    private async Task<string> ScrapeUntilAsync(params string[] lines) =>
        await Poll.UntilAsync(
            async () => (await host.ScrapeAsync(IPAddress.Loopback)) is (200, var body)
                && lines.All(line => body.Contains($"\n{line}\n", StringComparison.Ordinal)) ? body : null,
            $"/metrics to show {string.Join(" and ", lines)}");

    private static double Value(string body, string series)
    {
        var line = body.Split('\n').SingleOrDefault(l => l.StartsWith(series + " ", StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"/metrics has no series {series}");
        return double.Parse(line[(series.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\norleans_[a-z_]+(\{| )")]
    private static partial Regex OrleansSeries();
}
