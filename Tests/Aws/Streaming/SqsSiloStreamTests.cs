using FaceClassifier.Hosting;
using FaceClassifier.Jobs;
using FaceClassifier.Metrics;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Aws.Streaming.Support;
using FaceClassifier.Uploads;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace FaceClassifier.Tests.Aws.Streaming;

/// <summary>The SQS provider in a real silo, wired by Queue:Provider=SQS: a grain publishes, an implicitly subscribed grain receives and settles.</summary>
[Trait("Kind", "integration")]
public sealed class SqsSiloStreamTests(SqsSiloStreamTests.Cluster cluster) : IClassFixture<SqsSiloStreamTests.Cluster>
{
    [Fact]
    public async Task A_published_item_reaches_the_implicit_subscriber_which_settles_it()
    {
        var stream = Guid.NewGuid();

        await cluster.Client.GetGrain<IStreamProbeProducerGrain>(stream).PublishAsync(JobStreams.Provider, StreamProbe.SettleAtOnce);
        var deliveries = await DeliveriesAsync(stream, 1);

        var delivery = Assert.Single(deliveries);
        Assert.Equal(new ProbeDelivery(StreamProbe.SettleAtOnce, delivery.MessageId, 1, Settled: true), delivery);
        await EmptyQueuesAsync();
        Assert.Single(await cluster.Client.GetGrain<IStreamProbeConsumerGrain>(stream).DeliveriesAsync());
    }

    [Fact]
    public async Task A_delivered_item_its_consumer_does_not_settle_is_redelivered()
    {
        var stream = Guid.NewGuid();

        await cluster.Client.GetGrain<IStreamProbeProducerGrain>(stream).PublishAsync(JobStreams.Provider, "hold");
        var deliveries = await DeliveriesAsync(stream, 2);

        Assert.Equal(
            [new ProbeDelivery("hold", deliveries[0].MessageId, 1, Settled: false), new ProbeDelivery("hold", deliveries[0].MessageId, 2, Settled: true)],
            deliveries);
        await EmptyQueuesAsync();
        Assert.Equal(2, (await cluster.Client.GetGrain<IStreamProbeConsumerGrain>(stream).DeliveriesAsync()).Count);
    }

    private Task<IReadOnlyList<ProbeDelivery>> DeliveriesAsync(Guid stream, int count) => Poll.UntilAsync(
        async () => await cluster.Client.GetGrain<IStreamProbeConsumerGrain>(stream).DeliveriesAsync() is { } d && d.Count >= count ? d : null,
        $"{count} deliveries");

    private Task EmptyQueuesAsync() => Poll.UntilAsync(
        async () => (await cluster.Backlog.GetAsync()).Total == 0 ? "" : null,
        "the work queues to empty");

    /// <summary>One silo over fauxqs with the job work stream on SQS, as Queue:Provider=SQS configures it.</summary>
    public sealed class Cluster : IAsyncLifetime
    {
        private readonly LocalAwsServers _aws = new();
        private InProcessTestCluster? _cluster;

        public IClusterClient Client => _cluster!.Client;

        public IWorkQueueBacklog Backlog => _cluster!.Silos[0].ServiceProvider.GetRequiredService<IWorkQueueBacklog>();

        public async Task InitializeAsync()
        {
            await _aws.InitializeAsync();
            var settings = _aws.Settings.Concat(new Dictionary<string, string?>
            {
                ["Queue:Provider"] = "SQS",
                ["Queue:Name"] = $"silo-work-{Guid.NewGuid():N}",
                ["Queue:DeadLetterName"] = $"silo-dead-{Guid.NewGuid():N}",
                ["Queue:Count"] = "2",
                ["Queue:VisibilityTimeout"] = "00:00:02",
                ["Queue:WaitTime"] = "00:00:01",
            });
            _cluster = await TestSilo.StartAsync($"sqs-streams-{Guid.NewGuid():N}", settings, silo =>
            {
                silo.AddMemoryGrainStorage(JobStreams.PubSubStore);
                silo.AddConfiguredWorkQueue();

                // Only the stream is under test: the job notification consumer needs the whole service.
                var consumer = silo.Services.Single(d => d.ImplementationType == typeof(FaceClassifier.Aws.Notifications.Sqs.NotificationQueueConsumer));
                silo.Services.Remove(consumer);
            });
        }

        public async Task DisposeAsync()
        {
            if (_cluster is not null)
            {
                await _cluster.DisposeAsync();
            }

            await _aws.DisposeAsync();
        }
    }
}
