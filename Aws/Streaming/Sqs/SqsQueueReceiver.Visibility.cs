using Amazon.SQS.Model;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>Keeping held messages invisible while this silo lives, and handing them back.</summary>
internal sealed partial class SqsQueueReceiver
{
    /// <summary>Delivery to a consumer failed for good: hands the message back so it is retried (and dead-lettered after MaxReceiveCount).</summary>
    public async Task ReleaseAsync(SqsSequenceToken token)
    {
        _held.TryRemove(new KeyValuePair<string, string>(token.MessageId, token.ReceiptHandle));
        LogReleased(_logger, token.MessageId, _queueName);
        await ChangeVisibilityAsync([new(token.MessageId, token.ReceiptHandle)], 0, CancellationToken.None);
    }

    private async Task KeepInvisibleAsync(CancellationToken cancellationToken)
    {
        // Every third of the timeout, so a message is extended at least twice before it could reappear.
        using var timer = new PeriodicTimer(_options.VisibilityTimeout / 3, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await ExtendAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task ExtendAsync(CancellationToken cancellationToken)
    {
        try
        {
            var lost = await ChangeVisibilityAsync([.. _held], _options.VisibilitySeconds, cancellationToken);
            foreach (var (message, code) in lost)
            {
                // Typically settled by its consumer before the cache reported it delivered.
                _held.TryRemove(message);
                LogNoLongerHeld(_logger, message.Key, _queueName, code);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogExtendFailed(_logger, ex, _queueName, _held.Count);
        }
    }

    private async Task StopKeeperAsync()
    {
        await _stop.CancelAsync();
        await _keeper;
    }

    private async Task<int> HandBackAsync()
    {
        var held = _held.ToArray();
        _held.Clear();
        try
        {
            var failed = await ChangeVisibilityAsync(held, 0, CancellationToken.None);
            return held.Length - failed.Count;
        }
        catch (Exception ex)
        {
            LogHandBackFailed(_logger, ex, _queueName, held.Length);
            return 0;
        }
    }

    /// <summary>Sets the visibility timeout of <paramref name="messages"/> (MessageId → receipt handle); returns the ones SQS refused, with its reason.</summary>
    private async Task<List<(KeyValuePair<string, string> Message, string Code)>> ChangeVisibilityAsync(
        IReadOnlyList<KeyValuePair<string, string>> messages, int seconds, CancellationToken cancellationToken)
    {
        var refused = new List<(KeyValuePair<string, string>, string)>();
        foreach (var chunk in messages.Chunk(SqsBatchLimit))
        {
            var byEntry = chunk.Select((message, i) => (Entry: $"m{i}", message)).ToDictionary(e => e.Entry, e => e.message);
            var response = await _sqs.ChangeMessageVisibilityBatchAsync(
                _queueUrl,
                [.. byEntry.Select(e => new ChangeMessageVisibilityBatchRequestEntry(e.Key, e.Value.Value) { VisibilityTimeout = seconds })],
                cancellationToken);
            refused.AddRange((response.Failed ?? []).Select(f => (byEntry[f.Id], f.Code)));
        }

        return refused;
    }
}
