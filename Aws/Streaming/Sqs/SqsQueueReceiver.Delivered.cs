using FaceClassifier.Aws.Sqs;
using Orleans.Streams;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>Delivered messages: left to their consumer, or deleted when the provider settles on delivery.</summary>
internal sealed partial class SqsQueueReceiver
{
    public Task MessagesDeliveredAsync(IList<IBatchContainer> messages) => MessagesDeliveredAsync(messages, CancellationToken.None);

    public async Task MessagesDeliveredAsync(IList<IBatchContainer> messages, CancellationToken cancellationToken)
    {
        var delivered = messages.OfType<SqsBatchContainer>().Select(b => b.Token).ToList();
        delivered.ForEach(Unhold);
        if (!_options.SettleOnDelivery)
        {
            return;
        }

        foreach (var (queue, batch) in SqsBatches.ByQueue(delivered))
        {
            foreach (var (token, error) in await SqsBatches.DeleteAsync(_sqs, queue, batch, cancellationToken))
            {
                LogDeleteFailed(_logger, token.MessageId, _queueName, error.Code);
            }
        }
    }
}
