using System.Text.Json;
using Amazon.SQS;
using FaceClassifier.Aws.Sqs;
using FaceClassifier.Aws.Streaming.Sqs;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Aws.Streaming.Support;

namespace FaceClassifier.Tests.Aws.Streaming;

/// <summary>The dead-letter queue: SQS's redrive after MaxReceiveCount receives, and unreadable messages at once.</summary>
[Trait("Kind", "integration")]
public sealed class SqsDeadLetterTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>
{
    [Fact]
    public async Task Work_queues_are_created_with_a_redrive_policy_to_the_dead_letter_queue()
    {
        using var harness = await SqsStreamHarness.StartAsync(aws, o => (o.Count, o.MaxReceiveCount) = (2, 3));
        var deadLetterArn = (await harness.Sqs.GetQueueAttributesAsync(await harness.Registry.DeadLetterUrlAsync(), [QueueAttributeName.QueueArn])).QueueARN;

        foreach (var url in await harness.Registry.WorkUrlsAsync())
        {
            var attributes = await harness.Sqs.GetQueueAttributesAsync(url, [QueueAttributeName.RedrivePolicy]);
            using var policy = JsonDocument.Parse(attributes.Attributes[QueueAttributeName.RedrivePolicy]);
            Assert.Equal(deadLetterArn, policy.RootElement.GetProperty("deadLetterTargetArn").GetString());
            Assert.Equal(3, policy.RootElement.GetProperty("maxReceiveCount").GetInt32());
        }

        Assert.Equal([$"{harness.Options.Name}-0", $"{harness.Options.Name}-1"], harness.Options.QueueNames());
    }

    [Fact]
    public async Task A_message_received_MaxReceiveCount_times_without_settling_moves_to_the_dead_letter_queue()
    {
        using var harness = await SqsStreamHarness.StartAsync(aws, o => (o.MaxReceiveCount, o.VisibilityTimeout) = (2, TimeSpan.FromSeconds(1)));
        var stream = SqsStreamHarness.NewStream();
        await harness.PublishAsync(stream, "never finishes");
        var receiveCounts = new List<int>();
        string? messageId = null;

        // Each receiver takes the message and dies with it, until SQS's redrive moves it on the next receive.
        await Poll.UntilAsync(
            async () =>
            {
                var receiver = await harness.ReceiverAsync(stream);
                foreach (var batch in await SqsStreamHarness.ReceiveAsync(receiver))
                {
                    receiveCounts.Add(batch.Token.ReceiveCount);
                    messageId = batch.Token.MessageId;
                }

                receiver.Dispose();
                var backlog = await harness.Backlog.GetAsync();
                return backlog.Total == 0 ? "" : null;
            },
            "the message to leave the work queue");
        var dead = await harness.DeadLetterAsync();

        Assert.Equal([1, 2], receiveCounts);
        Assert.Equal(messageId, dead.MessageId);
        var batchInDeadLetter = SqsMessageFormat.Decode(SqsStreamHarness.Serializer, dead.Body, out _);
        Assert.Equal(stream, batchInDeadLetter?.StreamId);
    }

    [Theory]
    [InlineData("this is not base64!")]
    [InlineData("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=")]
    public async Task An_unreadable_message_goes_to_the_dead_letter_queue_with_its_reason_and_is_not_redelivered(string body)
    {
        using var harness = await SqsStreamHarness.StartAsync(aws);
        var sent = await harness.Sqs.SendMessageAsync((await harness.Registry.WorkUrlsAsync())[0], body);
        var receiver = await harness.ReceiverAsync(harness.Factory.GetStreamQueueMapper().GetAllQueues().Single());

        Assert.Empty(await SqsStreamHarness.ReceiveAsync(receiver));
        var dead = await harness.DeadLetterAsync();

        Assert.Equal(body, dead.Body);
        var reason = dead.MessageAttributes[DeadLetterWriter.ReasonAttribute].StringValue;
        Assert.StartsWith(body.EndsWith('=') ? "the message body is not an Orleans stream batch" : "the message body is not base64", reason);
        Assert.Equal($"{harness.Options.Name}-0", dead.MessageAttributes[DeadLetterWriter.SourceQueueAttribute].StringValue);
        Assert.Equal(sent.MessageId, dead.MessageAttributes[DeadLetterWriter.SourceMessageIdAttribute].StringValue);
        Assert.Equal("1", dead.MessageAttributes[DeadLetterWriter.ReceiveCountAttribute].StringValue);
        Assert.Equal(0, receiver.HeldCount);
        Assert.Equal(new(0, 0), await harness.Backlog.GetAsync());
    }
}
