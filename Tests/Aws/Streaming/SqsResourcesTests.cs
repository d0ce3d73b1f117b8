using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Aws.Streaming.Support;

namespace FaceClassifier.Tests.Aws.Streaming;

/// <summary>The queues behind the provider: the backlog they report, and missing queues when resources are not created.</summary>
[Trait("Kind", "integration")]
public sealed class SqsResourcesTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>
{
    [Fact]
    public async Task The_backlog_sums_waiting_and_in_flight_messages_over_the_work_queues()
    {
        using var harness = await SqsStreamHarness.StartAsync(aws, o => (o.Count, o.MaxMessagesPerReceive) = (2, 1));
        var first = SqsStreamHarness.NewStream();
        var other = NewStreamNotOn(harness, harness.QueueNameOf(first));
        Assert.Equal(new(0, 0), await harness.Backlog.GetAsync());

        await harness.PublishAsync(first, "a");
        await harness.PublishAsync(first, "b");
        await harness.PublishAsync(other, "c");
        Assert.Equal(new(3, 0), await harness.Backlog.GetAsync());

        var receiver = await harness.ReceiverAsync(first);
        Assert.Single(await SqsStreamHarness.ReceiveSomethingAsync(receiver, "one message"));
        var backlog = await harness.Backlog.GetAsync();

        Assert.Equal(new(2, 1), backlog);
        Assert.Equal(3, backlog.Total);
    }

    [Fact]
    public async Task A_missing_queue_is_a_clear_error_naming_it_when_resources_are_not_created()
    {
        var options = SqsStreamHarness.FreshOptions(o => o.Count = 2);
        using var harness = SqsStreamHarness.WithoutCreating(aws, options);

        var noDeadLetter = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Factory.CreateAdapter());
        await harness.Sqs.CreateQueueAsync(options.DeadLetterName);
        var noWorkQueue = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Factory.CreateAdapter());

        Assert.Equal($"SQS queue '{options.DeadLetterName}' does not exist. Create it (deploy/aws) or set Aws__CreateResources=true.", noDeadLetter.Message);
        Assert.Equal($"SQS queue '{options.Name}-0' does not exist. Create it (deploy/aws) or set Aws__CreateResources=true.", noWorkQueue.Message);
    }

    [Fact]
    public async Task Existing_queues_are_used_when_resources_are_not_created()
    {
        var options = SqsStreamHarness.FreshOptions();
        using var harness = SqsStreamHarness.WithoutCreating(aws, options);
        var deadLetter = await harness.Sqs.CreateQueueAsync(options.DeadLetterName);
        var work = await harness.Sqs.CreateQueueAsync($"{options.Name}-0");

        await harness.Factory.CreateAdapter();

        Assert.Equal(deadLetter.QueueUrl, await harness.Registry.DeadLetterUrlAsync());
        Assert.Equal([work.QueueUrl], await harness.Registry.WorkUrlsAsync());
    }

    private static Orleans.Runtime.StreamId NewStreamNotOn(SqsStreamHarness harness, string queue)
    {
        while (true)
        {
            var stream = SqsStreamHarness.NewStream();
            if (harness.QueueNameOf(stream) != queue)
            {
                return stream;
            }
        }
    }
}
