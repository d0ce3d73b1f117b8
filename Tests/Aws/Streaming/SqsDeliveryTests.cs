using FaceClassifier.Aws.Streaming.Sqs;
using FaceClassifier.Jobs;
using FaceClassifier.Streaming;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Aws.Streaming.Support;
using Orleans.Streams;

namespace FaceClassifier.Tests.Aws.Streaming;

/// <summary>Publishing through the SQS adapter and reading with its receivers, against fauxqs.</summary>
[Trait("Kind", "integration")]
public sealed class SqsDeliveryTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>
{
    [Fact]
    public async Task A_published_batch_is_received_with_its_stream_events_and_lease()
    {
        using var harness = await SqsStreamHarness.StartAsync(aws);
        var stream = SqsStreamHarness.NewStream();
        var item = new JobWorkItem(Guid.NewGuid(), "start");
        await harness.PublishAsync(stream, item, "second");
        var receiver = await harness.ReceiverAsync(stream);

        var batch = Assert.Single(await SqsStreamHarness.ReceiveSomethingAsync(receiver, "the batch"));

        Assert.Equal(stream, batch.StreamId);
        var (work, workToken) = Assert.Single(batch.GetEvents<JobWorkItem>());
        Assert.Equal(item, work);
        var (text, textToken) = Assert.Single(batch.GetEvents<string>());
        Assert.Equal("second", text);
        Assert.Equal(0, workToken.EventIndex);
        Assert.Equal(1, textToken.EventIndex);
        var lease = Assert.IsAssignableFrom<ILeasedMessageToken>(textToken);
        Assert.Equal(harness.Registry.UrlOf(harness.QueueNameOf(stream)), lease.QueueUrl);
        Assert.False(string.IsNullOrEmpty(lease.ReceiptHandle));
        Assert.False(string.IsNullOrEmpty(lease.MessageId));
        Assert.Equal(1, batch.Token.ReceiveCount);
        Assert.Equal(1, receiver.HeldCount);
    }

    [Fact]
    public async Task Stream_ids_spread_over_the_queues_and_each_stays_on_its_queue()
    {
        using var harness = await SqsStreamHarness.StartAsync(aws, o => o.Count = 4);
        var byQueue = StreamsPerQueue(harness, perQueue: 2);
        var repeated = byQueue[0][0];
        foreach (var stream in byQueue.SelectMany(s => s))
        {
            await harness.PublishAsync(stream, "once");
        }

        await harness.PublishAsync(repeated, "again");
        await harness.PublishAsync(repeated, "and again");

        for (var queue = 0; queue < 4; queue++)
        {
            var receiver = await harness.ReceiverAsync(harness.QueueOf(byQueue[queue][0]));
            var expected = queue == 0 ? 4 : 2;
            var received = new List<SqsBatchContainer>();
            while (received.Count < expected)
            {
                received.AddRange(await SqsStreamHarness.ReceiveSomethingAsync(receiver, $"the messages of queue {queue}"));
            }

            Assert.Equal(expected, received.Count);
            Assert.Equal(byQueue[queue].ToHashSet(), received.Select(b => b.StreamId).ToHashSet());
            Assert.All(received, b => Assert.Equal(harness.Registry.UrlOf(harness.Options.QueueNames()[queue]), b.Token.QueueUrl));
        }

        Assert.Equal(new(0, 10), await harness.Backlog.GetAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Delivered_messages_are_left_to_their_consumer_unless_settled_on_delivery(bool settleOnDelivery)
    {
        using var harness = await SqsStreamHarness.StartAsync(aws, o => o.SettleOnDelivery = settleOnDelivery);
        var stream = SqsStreamHarness.NewStream();
        await harness.PublishAsync(stream, "work");
        var receiver = await harness.ReceiverAsync(stream);
        var received = await SqsStreamHarness.ReceiveSomethingAsync(receiver, "the batch");

        await receiver.MessagesDeliveredAsync([.. received], CancellationToken.None);

        Assert.Equal(0, receiver.HeldCount);
        Assert.Equal(new(0, settleOnDelivery ? 0 : 1), await harness.Backlog.GetAsync());
    }

    [Fact]
    public async Task Publishing_at_a_sequence_token_is_refused()
    {
        using var harness = await SqsStreamHarness.StartAsync(aws);
        var token = new SqsSequenceToken(1, 0, "url", "handle", "id", 1);

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Adapter.QueueMessageBatchAsync(SqsStreamHarness.NewStream(), new[] { "x" }, token, []));
    }

    /// <summary><paramref name="perQueue"/> stream ids for each queue, chosen by the provider's own mapper.</summary>
    private static List<StreamId>[] StreamsPerQueue(SqsStreamHarness harness, int perQueue)
    {
        var queues = harness.Factory.GetStreamQueueMapper().GetAllQueues().ToList();
        var byQueue = queues.Select(_ => new List<StreamId>()).ToArray();
        while (byQueue.Any(s => s.Count < perQueue))
        {
            var stream = SqsStreamHarness.NewStream();
            var queue = harness.Options.QueueNames().ToList().IndexOf(harness.QueueNameOf(stream));
            Assert.Equal(harness.QueueOf(stream), harness.QueueOf(stream));
            if (byQueue[queue].Count < perQueue)
            {
                byQueue[queue].Add(stream);
            }
        }

        return byQueue;
    }
}
