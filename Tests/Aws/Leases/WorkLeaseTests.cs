using System.Diagnostics;
using Amazon.SQS;
using FaceClassifier.Aws;
using FaceClassifier.Aws.Leases;
using FaceClassifier.Aws.Sqs;
using FaceClassifier.Streaming;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Aws.Streaming.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Aws.Leases;

/// <summary>Leases on real SQS messages (fauxqs), with visibility timeouts of a second or two.</summary>
[Trait("Kind", "integration")]
public sealed class WorkLeaseTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>, IDisposable
{
    private readonly IAmazonSQS _sqs = AwsClientFactory.CreateSqs(aws.Options);
    private readonly RecordingLoggerProvider _logs = new();
    private readonly List<VisibilityKeeper> _keepers = [];

    [Fact]
    public async Task Held_messages_stay_in_flight_past_three_timeouts_and_are_gone_for_good_once_completed()
    {
        var a = await QueueProbe.CreateAsync(_sqs, "lease-a");
        var b = await QueueProbe.CreateAsync(_sqs, "lease-b");
        for (var i = 0; i < 11; i++)
        {
            await a.SendAsync($"a{i}");
        }

        await b.SendAsync("b0");
        List<LeasedMessage> held = [.. await a.ReceiveLeasesAsync(11, visibilitySeconds: 1), .. await b.ReceiveLeasesAsync(1, visibilitySeconds: 1)];
        await using var leases = Leases(TimeSpan.FromSeconds(1));
        held.ForEach(leases.Hold);

        var watch = Stopwatch.StartNew();
        Assert.Empty(await a.ReceiveAsync(waitSeconds: 4));
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(3), $"the receive returned after {watch.Elapsed}");
        Assert.Empty(await b.ReceiveAsync(waitSeconds: 0));
        Assert.Equal((0, 11), await a.CountsAsync());
        Assert.Equal((0, 1), await b.CountsAsync());

        await leases.CompleteAsync(held);

        Assert.Empty(leases.Held);
        Assert.Equal((0, 0), await a.CountsAsync());
        Assert.Equal((0, 0), await b.CountsAsync());
        Assert.Empty(await a.ReceiveAsync(waitSeconds: 2));
        Assert.Empty(await b.ReceiveAsync(waitSeconds: 0));
        Assert.Equal((0, 0), await a.CountsAsync());
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_handed_back_message_is_received_again_at_once()
    {
        var queue = await QueueProbe.CreateAsync(_sqs, "lease-back");
        await queue.SendAsync("job");
        var lease = Assert.Single(await queue.ReceiveLeasesAsync(1, visibilitySeconds: 30));
        await using var leases = Leases(TimeSpan.FromSeconds(30));
        leases.Hold(lease);

        await leases.HandBackAsync([lease]);

        var again = Assert.Single(await queue.ReceiveAsync(waitSeconds: 0));
        Assert.Equal((lease.MessageId, "job", "2"), (again.MessageId, again.Body, QueueProbe.ReceiveCount(again)));
        Assert.Empty(leases.Held);
    }

    [Fact]
    public async Task A_holder_that_dies_without_settling_lets_the_message_reappear_after_the_timeout()
    {
        var queue = await QueueProbe.CreateAsync(_sqs, "lease-death");
        await queue.SendAsync("job");
        // 3 s, extended every 1 s: a keeper starved for up to 2 s by a busy machine still holds the message.
        var lease = Assert.Single(await queue.ReceiveLeasesAsync(1, visibilitySeconds: 3));
        var leases = Leases(TimeSpan.FromSeconds(3));
        leases.Hold(lease);
        Assert.Empty(await queue.ReceiveAsync(waitSeconds: 7));

        await leases.DisposeAsync();

        Assert.Empty(await queue.ReceiveAsync(waitSeconds: 0));
        var back = Assert.Single(await queue.ReceiveAsync(waitSeconds: 10));
        Assert.Equal((lease.MessageId, "2"), (back.MessageId, QueueProbe.ReceiveCount(back)));
    }

    [Fact]
    public async Task A_lease_whose_receipt_is_no_longer_valid_is_dropped_with_a_log_line_and_the_others_are_kept()
    {
        var queue = await QueueProbe.CreateAsync(_sqs, "lease-stale");
        await queue.SendAsync("first");
        await queue.SendAsync("second");
        // 3 s, extended every 1 s, as above: a keeper starved for up to 2 s still holds the other message.
        var received = await queue.ReceiveLeasesAsync(2, visibilitySeconds: 3);
        await using var leases = Leases(TimeSpan.FromSeconds(3));
        received.ForEach(leases.Hold);

        await _sqs.DeleteMessageAsync(queue.Url, received[0].ReceiptHandle);

        var dropped = await Poll.UntilAsync(() => Task.FromResult(_logs.Named("LogDropped").SingleOrDefault()), "the stale lease to be dropped");
        Assert.Equal(received[1], Assert.Single(leases.Held));
        Assert.Equal(LogLevel.Warning, dropped.Level);
        Assert.Contains(received[0].MessageId, dropped.Message);
        // Longer than the visibility timeout: only the keeper's extensions keep the second message hidden.
        Assert.Empty(await queue.ReceiveAsync(waitSeconds: 5));
        Assert.Equal((0, 1), await queue.CountsAsync());
    }

    public void Dispose()
    {
        _keepers.ForEach(k => k.Dispose());
        _sqs.Dispose();
    }

    private WorkLeases Leases(TimeSpan visibility)
    {
        var keeper = new VisibilityKeeper(
            _sqs, Options.Create(new QueueOptions { VisibilityTimeout = visibility }), TimeProvider.System, _logs.CreateLogger<VisibilityKeeper>());
        _keepers.Add(keeper);
        return new(_sqs, keeper, _logs.CreateLogger<WorkLeases>());
    }
}
