using Amazon.SQS;
using Amazon.SQS.Model;
using FaceClassifier.Aws;
using FaceClassifier.Aws.Sqs;
using FaceClassifier.Aws.Streaming.Sqs;
using FaceClassifier.Jobs;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Streams;

namespace FaceClassifier.Tests.Aws.Streaming.Support;

/// <summary>An SQS stream provider over fresh queues on the local fauxqs, driven directly (no silo): adapter and receivers.</summary>
internal sealed class SqsStreamHarness : IDisposable
{
    public const string Provider = "sqs-tests";

    public static readonly Serializer<SqsBatchContainer> Serializer = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(SqsBatchContainer).Assembly).AddAssembly(typeof(JobWorkItem).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer<SqsBatchContainer>>();

    private readonly List<SqsQueueReceiver> _receivers = [];

    private SqsStreamHarness(IAmazonSQS sqs, QueueOptions options, bool createResources)
    {
        Sqs = sqs;
        Options = options;
        var queues = Microsoft.Extensions.Options.Options.Create(options);
        Registry = new SqsQueueRegistry(sqs, queues, Microsoft.Extensions.Options.Options.Create(new AwsOptions { CreateResources = createResources }));
        Keeper = new VisibilityKeeper(sqs, queues, TimeProvider.System, NullLogger<VisibilityKeeper>.Instance);
        Factory = new SqsAdapterFactory(
            Provider, Registry, sqs, Keeper, new DeadLetterWriter(sqs, Registry, NullLogger<DeadLetterWriter>.Instance),
            Serializer, new SimpleQueueCacheOptions(), NullLoggerFactory.Instance);
    }

    public IAmazonSQS Sqs { get; }

    public QueueOptions Options { get; }

    public SqsQueueRegistry Registry { get; }

    /// <summary>The silo's keeper the receivers hold their messages through.</summary>
    public VisibilityKeeper Keeper { get; }

    public SqsAdapterFactory Factory { get; }

    public IQueueAdapter Adapter { get; private set; } = null!;

    public SqsWorkQueueBacklog Backlog => new(Sqs, Registry);

    /// <summary>Fresh queue names, a 2 s visibility timeout and 1 s long polls unless <paramref name="configure"/> says otherwise.</summary>
    public static QueueOptions FreshOptions(Action<QueueOptions>? configure = null)
    {
        var options = new QueueOptions
        {
            Name = $"work-{Guid.NewGuid():N}",
            DeadLetterName = $"dead-{Guid.NewGuid():N}",
            VisibilityTimeout = TimeSpan.FromSeconds(2),
            WaitTime = TimeSpan.FromSeconds(1),
        };
        configure?.Invoke(options);
        return options;
    }

    public static Task<SqsStreamHarness> StartAsync(LocalAwsServers aws, Action<QueueOptions>? configure = null) =>
        StartAsync(AwsClientFactory.CreateSqs(aws.Options), configure);

    /// <summary>A harness over <paramref name="sqs"/> (disposed with it), such as a client that records its calls.</summary>
    public static async Task<SqsStreamHarness> StartAsync(IAmazonSQS sqs, Action<QueueOptions>? configure = null)
    {
        var harness = new SqsStreamHarness(sqs, FreshOptions(configure), createResources: true);
        harness.Adapter = await harness.Factory.CreateAdapter();
        return harness;
    }

    /// <summary>A harness whose queues are looked up, never created.</summary>
    public static SqsStreamHarness WithoutCreating(LocalAwsServers aws, QueueOptions options) =>
        new(AwsClientFactory.CreateSqs(aws.Options), options, createResources: false);

    public static StreamId NewStream() => StreamId.Create("sqs-tests", Guid.NewGuid());

    public QueueId QueueOf(StreamId stream) => Factory.GetStreamQueueMapper().GetQueueForStream(stream);

    public string QueueNameOf(StreamId stream) => ((HashRingBasedPartitionedStreamQueueMapper)Factory.GetStreamQueueMapper()).QueueToPartition(QueueOf(stream));

    public Task PublishAsync(StreamId stream, params object[] events) => Adapter.QueueMessageBatchAsync(stream, events, null, []);

    /// <summary>A started receiver of the queue <paramref name="stream"/> maps to; disposed (stopped dead) with the harness.</summary>
    public Task<SqsQueueReceiver> ReceiverAsync(StreamId stream) => ReceiverAsync(QueueOf(stream));

    public async Task<SqsQueueReceiver> ReceiverAsync(QueueId queue)
    {
        var receiver = (SqsQueueReceiver)Adapter.CreateReceiver(queue);
        _receivers.Add(receiver);
        await receiver.Initialize(TimeSpan.FromSeconds(5));
        return receiver;
    }

    /// <summary>One long poll.</summary>
    public static async Task<List<SqsBatchContainer>> ReceiveAsync(SqsQueueReceiver receiver) =>
        [.. (await receiver.GetQueueMessagesAsync(10, CancellationToken.None)).Cast<SqsBatchContainer>()];

    /// <summary>Long polls until something arrives (or the deadline passes).</summary>
    public static Task<List<SqsBatchContainer>> ReceiveSomethingAsync(SqsQueueReceiver receiver, string what) =>
        Poll.UntilAsync(async () => await ReceiveAsync(receiver) is { Count: > 0 } got ? got : null, what);

    /// <summary>Waits for the dead-letter queue to hold a message, then reads it with its attributes.</summary>
    public async Task<Message> DeadLetterAsync()
    {
        var deadLetterUrl = await Registry.DeadLetterUrlAsync();
        await Poll.UntilAsync(
            async () => (await Sqs.GetQueueAttributesAsync(deadLetterUrl, [QueueAttributeName.ApproximateNumberOfMessages])).ApproximateNumberOfMessages > 0 ? "" : null,
            "a message in the dead-letter queue");
        var response = await Sqs.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = deadLetterUrl,
            MessageAttributeNames = ["All"],
            MessageSystemAttributeNames = ["All"],
        });
        return Assert.Single(response.Messages);
    }

    public void Dispose()
    {
        foreach (var receiver in _receivers)
        {
            receiver.Dispose();
        }

        Keeper.Dispose();
        Sqs.Dispose();
    }
}
