using System.Collections.Concurrent;
using Amazon.SQS;
using Amazon.SQS.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Sqs;

/// <summary>
/// One per silo: keeps every message this silo holds invisible to other silos. Stream receivers and leases register
/// their holds; every third of Queue:VisibilityTimeout all holds are extended together, ten receipts per
/// ChangeMessageVisibilityBatch per queue. Disposing stops the extensions, as a dead silo would: the messages reappear after the timeout.
/// </summary>
public sealed partial class VisibilityKeeper(IAmazonSQS sqs, IOptions<QueueOptions> options, TimeProvider time, ILogger<VisibilityKeeper> logger)
    : IAsyncDisposable, IDisposable
{
    private readonly ConcurrentDictionary<VisibilityHold, byte> _holds = new(ReferenceEqualityComparer.Instance);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _startGate = new();
    private Task? _extending;

    /// <summary>How many holds are kept now.</summary>
    public int Count => _holds.Count;

    /// <summary>Keeps <paramref name="hold"/>'s message invisible until <see cref="Release"/>; after disposal it is left to lapse.</summary>
    public void Hold(VisibilityHold hold)
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        _holds[hold] = 0;
        lock (_startGate)
        {
            // Off the caller's scheduler (a grain's or a pulling agent's), so the loop outlives whoever held first.
            _extending ??= Task.Run(() => ExtendLoopAsync(_stop.Token));
        }
    }

    /// <summary>Stops extending <paramref name="hold"/>'s message.</summary>
    public void Release(VisibilityHold hold) => _holds.TryRemove(hold, out _);

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
                await ExtendAllAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task ExtendAllAsync(CancellationToken cancellationToken)
    {
        var holds = _holds.Keys.ToList();
        foreach (var (queue, batch) in SqsBatches.ByQueue(holds.Select(h => h.Message)))
        {
            try
            {
                foreach (var (message, error) in await SqsBatches.ChangeVisibilityAsync(sqs, queue, batch, options.Value.VisibilitySeconds, cancellationToken))
                {
                    if (error.SenderFault == true)
                    {
                        Lose(holds, message.ReceiptHandle, error.Code, error.Message);
                    }
                    else
                    {
                        LogExtendEntryFailed(logger, message.MessageId, queue, error.Code, error.Message);
                    }
                }
            }
            catch (QueueDoesNotExistException ex)
            {
                foreach (var message in batch)
                {
                    Lose(holds, message.ReceiptHandle, ex.ErrorCode, ex.Message);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogExtendFailed(logger, ex, batch.Length, queue);
            }
        }
    }

    private void Lose(List<VisibilityHold> holds, string receiptHandle, string? code, string? reason)
    {
        foreach (var hold in holds.Where(h => h.Message.ReceiptHandle == receiptHandle && _holds.TryRemove(h, out _)))
        {
            hold.Lost(hold, code, reason);
        }
    }
}
