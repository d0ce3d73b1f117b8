using System.Collections.Concurrent;
using Amazon.SQS;
using FaceClassifier.Aws.Sqs;
using FaceClassifier.Streaming;
using Microsoft.Extensions.Logging;

namespace FaceClassifier.Aws.Leases;

/// <summary>
/// Leases on SQS messages, held through the silo's <see cref="VisibilityKeeper"/> until settled; a message whose
/// receipt is no longer valid (deleted, or lapsed and received elsewhere) is dropped with a log line. Disposing stops
/// the extensions without settling, as a dead silo would: the messages reappear after the timeout.
/// </summary>
public sealed partial class WorkLeases(IAmazonSQS sqs, VisibilityKeeper keeper, ILogger<WorkLeases> logger)
    : IWorkLeases, IAsyncDisposable, IDisposable
{
    private readonly ConcurrentDictionary<string, VisibilityHold> _held = new(StringComparer.Ordinal);
    private volatile bool _disposed;

    /// <summary>The messages held now.</summary>
    public IReadOnlyCollection<ILeasedMessageToken> Held => [.. _held.Values.Select(h => h.Message)];

    public void Hold(ILeasedMessageToken message)
    {
        // After disposal this silo is going away: the message reappears after its timeout, as if it had died.
        if (_disposed)
        {
            return;
        }

        var hold = new VisibilityHold(message, Dropped);
        if (_held.TryGetValue(message.ReceiptHandle, out var previous))
        {
            keeper.Release(previous);
        }

        _held[message.ReceiptHandle] = hold;
        keeper.Hold(hold);
    }

    public Task CompleteAsync(IEnumerable<ILeasedMessageToken> messages, CancellationToken cancellationToken = default) =>
        SettleAsync(Take(messages), "delete", (queue, batch, token) => SqsBatches.DeleteAsync(sqs, queue, batch, token), cancellationToken);

    public Task HandBackAsync(IEnumerable<ILeasedMessageToken> messages, CancellationToken cancellationToken = default) =>
        SettleAsync(Take(messages), "hand back", (queue, batch, token) => SqsBatches.ChangeVisibilityAsync(sqs, queue, batch, 0, token), cancellationToken);

    public void Release(IEnumerable<ILeasedMessageToken> messages) => Take(messages);

    public ValueTask DisposeAsync()
    {
        _disposed = true;
        foreach (var hold in _held.Values)
        {
            keeper.Release(hold);
        }

        return ValueTask.CompletedTask;
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private void Dropped(VisibilityHold hold, string? code, string? reason)
    {
        if (_held.TryRemove(KeyValuePair.Create(hold.Message.ReceiptHandle, hold)))
        {
            LogDropped(logger, hold.Message.MessageId, hold.Message.QueueUrl, code, reason);
        }
    }

    private async Task SettleAsync(
        IReadOnlyList<ILeasedMessageToken> messages,
        string action,
        Func<string, ILeasedMessageToken[], CancellationToken, Task<List<(ILeasedMessageToken Message, Amazon.SQS.Model.BatchResultErrorEntry Error)>>> send,
        CancellationToken cancellationToken)
    {
        foreach (var (queue, batch) in SqsBatches.ByQueue(messages))
        {
            try
            {
                foreach (var (message, error) in await send(queue, batch, cancellationToken))
                {
                    LogSettleEntryFailed(logger, action, message.MessageId, queue, error.Code, error.Message);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogSettleFailed(logger, ex, action, batch.Length, queue);
            }
        }
    }

    private List<ILeasedMessageToken> Take(IEnumerable<ILeasedMessageToken> messages)
    {
        var taken = messages.DistinctBy(m => m.ReceiptHandle, StringComparer.Ordinal).ToList();
        foreach (var message in taken)
        {
            if (_held.TryRemove(message.ReceiptHandle, out var hold))
            {
                keeper.Release(hold);
            }
        }

        return taken;
    }
}
