using System.Diagnostics;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Aws.Streaming.Support;

namespace FaceClassifier.Tests.Aws.Streaming;

/// <summary>Who sees a received message when: kept invisible while held, redelivered when its silo dies, handed back on a graceful stop.</summary>
[Trait("Kind", "integration")]
public sealed class SqsVisibilityTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>
{
    [Fact]
    public async Task A_held_message_stays_invisible_to_other_receivers_past_three_visibility_timeouts()
    {
        using var harness = await SqsStreamHarness.StartAsync(aws);
        var stream = SqsStreamHarness.NewStream();
        await harness.PublishAsync(stream, "slow work");
        var holder = await harness.ReceiverAsync(stream);
        await SqsStreamHarness.ReceiveSomethingAsync(holder, "the message");
        var other = await harness.ReceiverAsync(stream);

        // Each long poll of the other receiver is the wait; without extension the message would reappear after 2 s.
        var held = Stopwatch.StartNew();
        while (held.Elapsed < 3 * harness.Options.VisibilityTimeout + TimeSpan.FromMilliseconds(500))
        {
            Assert.Empty(await SqsStreamHarness.ReceiveAsync(other));
        }

        Assert.Equal(1, holder.HeldCount);
        Assert.Equal(new(0, 1), await harness.Backlog.GetAsync());
    }

    [Fact]
    public async Task A_message_whose_silo_died_before_settling_is_redelivered_after_the_visibility_timeout()
    {
        using var harness = await SqsStreamHarness.StartAsync(aws);
        var stream = SqsStreamHarness.NewStream();
        await harness.PublishAsync(stream, "work");
        var dying = await harness.ReceiverAsync(stream);
        var first = Assert.Single(await SqsStreamHarness.ReceiveSomethingAsync(dying, "the first delivery"));
        var sinceFirst = Stopwatch.StartNew();

        dying.Dispose();
        var survivor = await harness.ReceiverAsync(stream);
        var again = Assert.Single(await SqsStreamHarness.ReceiveSomethingAsync(survivor, "the redelivery"));

        Assert.Equal(first.Token.MessageId, again.Token.MessageId);
        Assert.Equal(1, first.Token.ReceiveCount);
        Assert.Equal(2, again.Token.ReceiveCount);
        Assert.NotEqual(first.Token.ReceiptHandle, again.Token.ReceiptHandle);
        Assert.True(sinceFirst.Elapsed >= harness.Options.VisibilityTimeout / 2, $"redelivered after {sinceFirst.Elapsed}, before the visibility timeout");
    }

    [Fact]
    public async Task A_stopping_receiver_hands_its_undelivered_messages_back_at_once()
    {
        using var harness = await SqsStreamHarness.StartAsync(aws, o => o.VisibilityTimeout = TimeSpan.FromSeconds(60));
        var stream = SqsStreamHarness.NewStream();
        await harness.PublishAsync(stream, "work");
        var stopping = await harness.ReceiverAsync(stream);
        var first = Assert.Single(await SqsStreamHarness.ReceiveSomethingAsync(stopping, "the first delivery"));

        await stopping.Shutdown(TimeSpan.FromSeconds(5));
        var next = await harness.ReceiverAsync(stream);
        var again = Assert.Single(await SqsStreamHarness.ReceiveAsync(next));

        Assert.Equal(first.Token.MessageId, again.Token.MessageId);
        Assert.Equal(2, again.Token.ReceiveCount);
        Assert.Equal(0, stopping.HeldCount);
        Assert.Empty(await SqsStreamHarness.ReceiveAsync(stopping));
    }

    [Fact]
    public async Task A_receiver_stopping_during_a_poll_hands_back_what_the_poll_brings()
    {
        using var harness = await SqsStreamHarness.StartAsync(aws, o => (o.VisibilityTimeout, o.WaitTime) = (TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(5)));
        var stream = SqsStreamHarness.NewStream();
        var stopping = await harness.ReceiverAsync(stream);
        var poll = stopping.GetQueueMessagesAsync(10, CancellationToken.None);

        var shutdown = stopping.Shutdown(TimeSpan.FromSeconds(5));
        await harness.PublishAsync(stream, "arrives while stopping");
        Assert.Empty(await poll);
        await shutdown;
        var next = await harness.ReceiverAsync(stream);
        var again = Assert.Single(await SqsStreamHarness.ReceiveAsync(next));

        Assert.Equal("arrives while stopping", Assert.Single(again.Events));
        Assert.Equal(2, again.Token.ReceiveCount);
    }

    [Fact]
    public async Task A_delivery_the_pulling_agent_gives_up_on_is_handed_back_for_a_retry()
    {
        using var harness = await SqsStreamHarness.StartAsync(aws, o => o.VisibilityTimeout = TimeSpan.FromSeconds(60));
        var stream = SqsStreamHarness.NewStream();
        await harness.PublishAsync(stream, "work");
        var receiver = await harness.ReceiverAsync(stream);
        var first = Assert.Single(await SqsStreamHarness.ReceiveSomethingAsync(receiver, "the first delivery"));
        var failures = await harness.Factory.GetDeliveryFailureHandler(harness.QueueOf(stream));

        await failures.OnDeliveryFailure(GuidId.GetNewGuidId(), SqsStreamHarness.Provider, stream, first.SequenceToken);
        var again = Assert.Single(await SqsStreamHarness.ReceiveAsync(receiver));

        Assert.False(failures.ShouldFaultSubsriptionOnError);
        Assert.Equal(first.Token.MessageId, again.Token.MessageId);
        Assert.Equal(2, again.Token.ReceiveCount);
        Assert.True(again.Token.SequenceNumber > first.Token.SequenceNumber);
    }
}
