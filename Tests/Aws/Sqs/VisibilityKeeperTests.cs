using FaceClassifier.Aws.Leases;
using FaceClassifier.Aws.Streaming.Sqs;
using Microsoft.Extensions.Logging.Abstractions;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Aws.Streaming.Support;

namespace FaceClassifier.Tests.Aws.Sqs;

/// <summary>One keeper per silo: the stream receiver's held messages and the leases are extended together.</summary>
[Trait("Kind", "integration")]
public sealed class VisibilityKeeperTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>
{
    [Fact]
    public async Task One_batch_extends_the_receipts_of_a_receiver_and_of_a_lease_on_the_same_queue()
    {
        var sqs = new RecordingSqsClient(aws.Options);
        using var harness = await SqsStreamHarness.StartAsync(sqs, o => o.VisibilityTimeout = TimeSpan.FromSeconds(3));
        var stream = SqsStreamHarness.NewStream();
        await harness.PublishAsync(stream, "undelivered");
        await harness.PublishAsync(stream, "delivered");
        var receiver = await harness.ReceiverAsync(stream);
        var received = new List<SqsBatchContainer>();
        await Poll.UntilAsync(async () =>
        {
            received.AddRange(await SqsStreamHarness.ReceiveAsync(receiver));
            return received.Count >= 2 ? received : null;
        }, "both messages");
        var delivered = received.Single(b => Equals(b.Events[0], "delivered"));
        var undelivered = received.Single(b => Equals(b.Events[0], "undelivered"));

        await receiver.MessagesDeliveredAsync([delivered]);
        await using var leases = new WorkLeases(sqs, harness.Keeper, NullLogger<WorkLeases>.Instance);
        leases.Hold(delivered.Token);
        string[] handles = [.. new[] { delivered.Token.ReceiptHandle, undelivered.Token.ReceiptHandle }.Order(StringComparer.Ordinal)];
        var both = await Poll.UntilAsync(
            () => Task.FromResult(sqs.VisibilityBatches.ToArray().FirstOrDefault(
                b => b.Entries.Select(e => e.ReceiptHandle).Order(StringComparer.Ordinal).SequenceEqual(handles))),
            "one extension covering both receipts");

        Assert.Equal((1, 2), (receiver.HeldCount, harness.Keeper.Count));
        Assert.Equal(delivered.Token.QueueUrl, both.QueueUrl);
        Assert.All(both.Entries, e => Assert.Equal(3, e.VisibilityTimeout));
        Assert.Equal((0, 2), await new QueueProbe(sqs, both.QueueUrl).CountsAsync());
    }
}
