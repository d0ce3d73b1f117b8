using Amazon.SQS;
using FaceClassifier.Aws.Sqs;
using Orleans.Serialization;
using Orleans.Streams;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>Writes stream batches to the work queue their stream id maps to, and creates the receivers of the pulling agents.</summary>
internal sealed class SqsQueueAdapter(
    string name,
    SqsQueueRegistry queues,
    HashRingBasedPartitionedStreamQueueMapper mapper,
    IAmazonSQS sqs,
    Serializer<SqsBatchContainer> serializer,
    Func<QueueId, SqsQueueReceiver> createReceiver) : IQueueAdapter
{
    public string Name => name;

    public bool IsRewindable => false;

    public StreamProviderDirection Direction => StreamProviderDirection.ReadWrite;

    public IQueueAdapterReceiver CreateReceiver(QueueId queueId) => createReceiver(queueId);

    /// <remarks>SQS errors left after the SDK's retries surface as exceptions to the publisher.</remarks>
    public async Task QueueMessageBatchAsync<T>(
        StreamId streamId, IEnumerable<T> events, StreamSequenceToken? token, Dictionary<string, object>? requestContext)
    {
        if (token is not null)
        {
            throw new ArgumentException("SQS streams are not rewindable: publish without a sequence token.", nameof(token));
        }

        var queue = mapper.QueueToPartition(mapper.GetQueueForStream(streamId));
        var body = SqsMessageFormat.Encode(serializer, new SqsBatchContainer(streamId, [.. events.Cast<object>()], requestContext));
        await sqs.SendMessageAsync(queues.UrlOf(queue), body);
    }
}
