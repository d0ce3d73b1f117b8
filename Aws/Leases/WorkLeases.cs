using System.Collections.Concurrent;
using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;
using FaceClassifier.Streaming;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Leases;

/// <summary>
/// Leases on SQS messages. Held messages have their visibility extended every third of the visibility timeout, batched
/// per queue; a message whose receipt is no longer valid (deleted, or lapsed and received elsewhere) is dropped with a
/// log line. Disposing stops the extensions without settling, as a dead silo would: the messages reappear after the timeout.
/// </summary>
public sealed partial class WorkLeases(IAmazonSQS sqs, IOptions<WorkLeaseOptions> options, TimeProvider time, ILogger<WorkLeases> logger)
    : IWorkLeases, IAsyncDisposable, IDisposable
{
    private const int BatchSize = 10;
    private readonly ConcurrentDictionary<string, ILeasedMessageToken> _held = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _startGate = new();
    private Task? _extending;

    /// <summary>The messages held now.</summary>
    public IReadOnlyCollection<ILeasedMessageToken> Held => [.. _held.Values];

    public void Hold(ILeasedMessageToken message)
    {
        // After disposal this silo is going away: the message reappears after its timeout, as if it had died.
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        _held[message.ReceiptHandle] = message;
        lock (_startGate)
        {
            // Off the caller's scheduler (a grain's), so the loop outlives the activation that first held a message.
            _extending ??= Task.Run(() => ExtendLoopAsync(_stop.Token));
        }
    }

    public Task CompleteAsync(IEnumerable<ILeasedMessageToken> messages, CancellationToken cancellationToken = default) =>
        SettleAsync(Take(messages), "delete", async (queue, batch, token) => (await sqs.DeleteMessageBatchAsync(
            new DeleteMessageBatchRequest(queue, [.. batch.Select((m, i) => new DeleteMessageBatchRequestEntry($"{i}", m.ReceiptHandle))]),
            token)).Failed, cancellationToken);

    public Task HandBackAsync(IEnumerable<ILeasedMessageToken> messages, CancellationToken cancellationToken = default) =>
        SettleAsync(Take(messages), "hand back", (queue, batch, token) => ChangeVisibilityAsync(queue, batch, 0, token), cancellationToken);

    public void Release(IEnumerable<ILeasedMessageToken> messages) => Take(messages);

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync();
        if (_extending is { } loop)
        {
            await loop;
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task ExtendLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.ExtensionPeriod, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                foreach (var (queue, batch) in Batches(_held.Values))
                {
                    await ExtendAsync(queue, batch, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task ExtendAsync(string queue, ILeasedMessageToken[] batch, CancellationToken cancellationToken)
    {
        try
        {
            var failed = await ChangeVisibilityAsync(queue, batch, options.Value.VisibilitySeconds, cancellationToken);
            foreach (var entry in failed ?? [])
            {
                var message = batch[int.Parse(entry.Id, CultureInfo.InvariantCulture)];
                if (entry.SenderFault != true)
                {
                    LogExtendEntryFailed(logger, message.MessageId, queue, entry.Code, entry.Message);
                }
                else if (_held.TryRemove(KeyValuePair.Create(message.ReceiptHandle, message)))
                {
                    LogDropped(logger, message.MessageId, queue, entry.Code, entry.Message);
                }
            }
        }
        catch (QueueDoesNotExistException ex)
        {
            foreach (var message in batch.Where(m => _held.TryRemove(KeyValuePair.Create(m.ReceiptHandle, m))))
            {
                LogDropped(logger, message.MessageId, queue, ex.ErrorCode, ex.Message);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogExtendFailed(logger, ex, batch.Length, queue);
        }
    }

    private async Task<List<BatchResultErrorEntry>?> ChangeVisibilityAsync(
        string queue, ILeasedMessageToken[] batch, int seconds, CancellationToken cancellationToken) =>
        (await sqs.ChangeMessageVisibilityBatchAsync(
            new ChangeMessageVisibilityBatchRequest(
                queue, [.. batch.Select((m, i) => new ChangeMessageVisibilityBatchRequestEntry($"{i}", m.ReceiptHandle) { VisibilityTimeout = seconds })]),
            cancellationToken)).Failed;

    private async Task SettleAsync(
        IReadOnlyList<ILeasedMessageToken> messages,
        string action,
        Func<string, ILeasedMessageToken[], CancellationToken, Task<List<BatchResultErrorEntry>?>> send,
        CancellationToken cancellationToken)
    {
        foreach (var (queue, batch) in Batches(messages))
        {
            try
            {
                foreach (var entry in await send(queue, batch, cancellationToken) ?? [])
                {
                    var message = batch[int.Parse(entry.Id, CultureInfo.InvariantCulture)];
                    LogSettleEntryFailed(logger, action, message.MessageId, queue, entry.Code, entry.Message);
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
        taken.ForEach(m => _held.TryRemove(m.ReceiptHandle, out _));
        return taken;
    }

    private static IEnumerable<(string Queue, ILeasedMessageToken[] Batch)> Batches(IEnumerable<ILeasedMessageToken> messages) =>
        messages.GroupBy(m => m.QueueUrl, StringComparer.Ordinal).SelectMany(q => q.Chunk(BatchSize).Select(b => (q.Key, b)));
}
