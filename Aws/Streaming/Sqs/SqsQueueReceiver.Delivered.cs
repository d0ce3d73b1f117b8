using Amazon.SQS.Model;
using Orleans.Streams;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>Delivered messages: left to their consumer, or deleted when the provider settles on delivery.</summary>
internal sealed partial class SqsQueueReceiver
{
    public Task MessagesDeliveredAsync(IList<IBatchContainer> messages) => MessagesDeliveredAsync(messages, CancellationToken.None);

    public async Task MessagesDeliveredAsync(IList<IBatchContainer> messages, CancellationToken cancellationToken)
    {
        var delivered = messages.OfType<SqsBatchContainer>().Select(b => b.Token).ToList();
        foreach (var token in delivered)
        {
            _held.TryRemove(new KeyValuePair<string, string>(token.MessageId, token.ReceiptHandle));
        }

        if (_options.SettleOnDelivery && delivered.Count > 0)
        {
            await DeleteAsync(delivered, cancellationToken);
        }
    }

    private async Task DeleteAsync(IReadOnlyList<SqsSequenceToken> tokens, CancellationToken cancellationToken)
    {
        foreach (var chunk in tokens.Chunk(SqsBatchLimit))
        {
            var byEntry = chunk.Select((token, i) => (Entry: $"m{i}", token)).ToDictionary(e => e.Entry, e => e.token);
            var response = await _sqs.DeleteMessageBatchAsync(
                _queueUrl,
                [.. byEntry.Select(e => new DeleteMessageBatchRequestEntry(e.Key, e.Value.ReceiptHandle))],
                cancellationToken);
            foreach (var failed in response.Failed ?? [])
            {
                LogDeleteFailed(_logger, byEntry[failed.Id].MessageId, _queueName, failed.Code);
            }
        }
    }
}
