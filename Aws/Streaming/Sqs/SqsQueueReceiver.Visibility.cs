using FaceClassifier.Aws.Sqs;
using FaceClassifier.Streaming;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>Holding received messages through the silo's keeper, and handing them back.</summary>
internal sealed partial class SqsQueueReceiver
{
    /// <summary>Delivery to a consumer failed for good: hands the message back so it is retried (and dead-lettered after MaxReceiveCount).</summary>
    public async Task ReleaseAsync(SqsSequenceToken token)
    {
        Unhold(token);
        LogReleased(_logger, token.MessageId, _queueName);
        await SqsBatches.ChangeVisibilityAsync(_sqs, _queueUrl, [token], 0, CancellationToken.None);
    }

    private void Hold(LeasedMessage message)
    {
        var hold = new VisibilityHold(message, Lost);
        _held[message.MessageId] = hold;
        _keeper.Hold(hold);
        if (_disposed)
        {
            // Disposed while the poll was in flight: left to lapse, as a dead silo's messages are.
            _keeper.Release(hold);
        }
    }

    /// <summary>Stops holding the message of <paramref name="token"/>, if this receipt is still held.</summary>
    private void Unhold(ILeasedMessageToken token)
    {
        if (_held.TryGetValue(token.MessageId, out var hold) && hold.Message.ReceiptHandle == token.ReceiptHandle
            && _held.TryRemove(KeyValuePair.Create(token.MessageId, hold)))
        {
            _keeper.Release(hold);
        }
    }

    private void Lost(VisibilityHold hold, string? code, string? reason)
    {
        // Typically settled by its consumer before the cache reported it delivered.
        _held.TryRemove(KeyValuePair.Create(hold.Message.MessageId, hold));
        LogNoLongerHeld(_logger, hold.Message.MessageId, _queueName, code ?? "");
    }

    private async Task<int> HandBackAsync()
    {
        var held = _held.Values.ToArray();
        _held.Clear();
        foreach (var hold in held)
        {
            _keeper.Release(hold);
        }

        var handedBack = 0;
        foreach (var (queue, batch) in SqsBatches.ByQueue(held.Select(h => h.Message)))
        {
            try
            {
                handedBack += batch.Length - (await SqsBatches.ChangeVisibilityAsync(_sqs, queue, batch, 0, CancellationToken.None)).Count;
            }
            catch (Exception ex)
            {
                LogHandBackFailed(_logger, ex, _queueName, batch.Length);
            }
        }

        return handedBack;
    }
}
