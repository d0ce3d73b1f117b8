using System.Collections.Concurrent;
using Amazon.SQS;
using FaceClassifier.Aws.Sqs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Providers.Streams.Common;
using Orleans.Serialization;
using Orleans.Streams;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>An Orleans persistent stream provider over SQS queues: at-least-once, with a dead-letter queue.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>The stream is spread over <c>{Name}-0</c> … <c>{Name}-{Count-1}</c>; a stream id always maps to the same queue
/// (hash ring). The <see cref="SqsQueueRegistry"/> finds them (or, with Aws:CreateResources, creates them with a redrive
/// policy to <c>DeadLetterName</c> after <c>MaxReceiveCount</c> receives); a missing queue fails start-up naming it.</item>
/// <item>A message body is base64 of the Orleans serializer's bytes for an <see cref="SqsBatchContainer"/> (stream id,
/// events, request context). Its token, an <see cref="SqsSequenceToken"/>, carries the lease: queue URL, receipt
/// handle, message id, receive count and the receiver's sequence number.</item>
/// <item>Receivers long-poll (<c>WaitTime</c>). Every message received and not yet delivered is held by the silo's
/// <see cref="VisibilityKeeper"/>, which extends it every <c>VisibilityTimeout</c>/3, so it never reappears while this silo lives.</item>
/// <item>Delivered (all consumers passed it): with <c>SettleOnDelivery</c> false (the default) the receiver stops
/// extending it and its consumer settles it through <see cref="ILeasedMessageToken"/> (deletes it, or keeps it
/// invisible while it works); a silo that dies meanwhile has the message redelivered after the visibility timeout.
/// With <c>SettleOnDelivery</c> true the receiver deletes it.</item>
/// <item>Graceful stop: the receiver waits for its poll in flight, then hands back every held, undelivered message
/// (visibility 0) so another silo receives it at once. A delivery the pulling agent gives up on is handed back too.</item>
/// <item>A body that cannot be read is moved to the dead-letter queue by the <see cref="DeadLetterWriter"/> (attributes
/// reason, source-queue, source-message-id, receive-count) and logged: never retried in a loop.</item>
/// <item>Publishing sends one message per batch; SQS errors left after the SDK's retries surface as exceptions.</item>
/// </list>
/// </remarks>
public sealed class SqsAdapterFactory : IQueueAdapterFactory
{
    private readonly string _name;
    private readonly SqsQueueRegistry _queues;
    private readonly IAmazonSQS _sqs;
    private readonly VisibilityKeeper _keeper;
    private readonly DeadLetterWriter _deadLetters;
    private readonly Serializer<SqsBatchContainer> _serializer;
    private readonly ILoggerFactory _loggerFactory;
    private readonly HashRingBasedPartitionedStreamQueueMapper _mapper;
    private readonly SimpleQueueAdapterCache _cache;
    private readonly ConcurrentDictionary<QueueId, SqsQueueReceiver> _receivers = new();

    public SqsAdapterFactory(
        string name, SqsQueueRegistry queues, IAmazonSQS sqs, VisibilityKeeper keeper, DeadLetterWriter deadLetters,
        Serializer<SqsBatchContainer> serializer, SimpleQueueCacheOptions cacheOptions, ILoggerFactory loggerFactory)
    {
        _name = name;
        _queues = queues;
        _sqs = sqs;
        _keeper = keeper;
        _deadLetters = deadLetters;
        _serializer = serializer;
        _loggerFactory = loggerFactory;
        _mapper = new HashRingBasedPartitionedStreamQueueMapper(queues.Options.QueueNames(), name);
        _cache = new SimpleQueueAdapterCache(cacheOptions, name, loggerFactory);
    }

    /// <summary>Creates the provider called <paramref name="name"/> over the queues of section "Queue".</summary>
    public static SqsAdapterFactory Create(IServiceProvider services, string name) => new(
        name,
        services.GetRequiredService<SqsQueueRegistry>(),
        services.GetRequiredService<IAmazonSQS>(),
        services.GetRequiredService<VisibilityKeeper>(),
        services.GetRequiredService<DeadLetterWriter>(),
        services.GetRequiredService<Serializer<SqsBatchContainer>>(),
        services.GetRequiredService<IOptionsMonitor<SimpleQueueCacheOptions>>().Get(name),
        services.GetRequiredService<ILoggerFactory>());

    public Task<IQueueAdapter> CreateAdapter() => CreateAdapter(CancellationToken.None);

    public async Task<IQueueAdapter> CreateAdapter(CancellationToken cancellationToken)
    {
        await _queues.WorkUrlsAsync(cancellationToken);
        return new SqsQueueAdapter(_name, _queues, _mapper, _sqs, _serializer, CreateReceiver);
    }

    public IQueueAdapterCache GetQueueAdapterCache() => _cache;

    public IStreamQueueMapper GetStreamQueueMapper() => _mapper;

    public Task<IStreamFailureHandler> GetDeliveryFailureHandler(QueueId queueId) =>
        Task.FromResult<IStreamFailureHandler>(new SqsDeliveryFailureHandler(() => _receivers.GetValueOrDefault(queueId)));

    private SqsQueueReceiver CreateReceiver(QueueId queueId)
    {
        var receiver = new SqsQueueReceiver(
            queueId, _mapper.QueueToPartition(queueId), _queues, _sqs, _keeper, _deadLetters, _serializer,
            _loggerFactory.CreateLogger<SqsQueueReceiver>());
        _receivers[queueId] = receiver;
        return receiver;
    }
}
