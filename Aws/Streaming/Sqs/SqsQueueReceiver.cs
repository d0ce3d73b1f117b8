using System.Collections.Concurrent;
using Amazon.SQS;
using Amazon.SQS.Model;
using FaceClassifier.Aws.Sqs;
using FaceClassifier.Streaming;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Streams;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>
/// Reads one SQS work queue for a pulling agent. Long polls; has the silo's <see cref="VisibilityKeeper"/> keep every
/// message it received and has not delivered invisible to other silos; settles delivered messages or leaves them to
/// their consumer; dead-letters unreadable ones.
/// </summary>
internal sealed partial class SqsQueueReceiver : IQueueAdapterReceiver, IDisposable
{
    private readonly IAmazonSQS _sqs;
    private readonly QueueOptions _options;
    private readonly VisibilityKeeper _keeper;
    private readonly DeadLetterWriter _deadLetters;
    private readonly Serializer<SqsBatchContainer> _serializer;
    private readonly ILogger _logger;
    private readonly string _queueName;
    private readonly string _queueUrl;

    // Received and not yet delivered: MessageId → the hold on this receipt.
    private readonly ConcurrentDictionary<string, VisibilityHold> _held = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private long _sequence;
    private volatile bool _closed;
    private volatile bool _disposed;

    public SqsQueueReceiver(
        QueueId id, string queueName, SqsQueueRegistry queues, IAmazonSQS sqs, VisibilityKeeper keeper, DeadLetterWriter deadLetters,
        Serializer<SqsBatchContainer> serializer, ILogger logger)
    {
        Id = id;
        _queueName = queueName;
        _queueUrl = queues.UrlOf(queueName);
        _options = queues.Options;
        _sqs = sqs;
        _keeper = keeper;
        _deadLetters = deadLetters;
        _serializer = serializer;
        _logger = logger;
    }

    public QueueId Id { get; }

    /// <summary>How many messages this receiver holds invisible: received, not yet delivered.</summary>
    public int HeldCount => _held.Count;

    public Task Initialize(TimeSpan timeout) => Task.CompletedTask;

    public Task<IList<IBatchContainer>> GetQueueMessagesAsync(int maxCount) => GetQueueMessagesAsync(maxCount, CancellationToken.None);

    /// <remarks>
    /// The poll in flight is not cancelled with <paramref name="cancellationToken"/>: messages SQS hands out while the
    /// silo stops must reach this receiver so that <see cref="Shutdown(TimeSpan)"/> can hand them back.
    /// </remarks>
    public Task<IList<IBatchContainer>> GetQueueMessagesAsync(int maxCount, CancellationToken cancellationToken)
    {
        if (_closed || cancellationToken.IsCancellationRequested)
        {
            return Task.FromResult<IList<IBatchContainer>>([]);
        }

        var receiving = ReceiveAsync(maxCount <= 0 ? _options.MaxMessagesPerReceive : Math.Min(maxCount, _options.MaxMessagesPerReceive));
        _receiving = receiving;
        return receiving;
    }

    /// <summary>Graceful stop: waits for the poll in flight, then hands back every held message so another silo receives it at once.</summary>
    public async Task Shutdown(TimeSpan timeout)
    {
        _closed = true;
        if (!_receiving.IsCompleted)
        {
            try
            {
                await _receiving.WaitAsync(_options.WaitTime + timeout);
            }
            catch (Exception ex)
            {
                LogPollAtShutdownFailed(_logger, ex, _queueName);
            }
        }

        await _stop.CancelAsync();
        var handedBack = await HandBackAsync();
        LogShutdown(_logger, _queueName, handedBack);
    }

    /// <summary>Stops at once without handing anything back, as a silo that dies would: SQS redelivers after the visibility timeout.</summary>
    public void Dispose()
    {
        _closed = true;
        _disposed = true;
        _stop.Cancel();
        foreach (var hold in _held.Values)
        {
            _keeper.Release(hold);
        }
    }

    private async Task<IList<IBatchContainer>> ReceiveAsync(int count)
    {
        var response = await _sqs.ReceiveMessageAsync(
            new ReceiveMessageRequest
            {
                QueueUrl = _queueUrl,
                MaxNumberOfMessages = count,
                WaitTimeSeconds = _options.WaitSeconds,
                VisibilityTimeout = _options.VisibilitySeconds,
                MessageSystemAttributeNames = [MessageSystemAttributeName.ApproximateReceiveCount],
            },
            _stop.Token);
        var batches = new List<IBatchContainer>();
        foreach (var message in response.Messages ?? [])
        {
            if (SqsMessageFormat.Decode(_serializer, message.Body, out var reason) is not { } batch)
            {
                await _deadLetters.MoveAsync(_queueName, _queueUrl, message, reason, _stop.Token);
                continue;
            }

            Hold(new LeasedMessage(_queueUrl, message.ReceiptHandle, message.MessageId));
            var token = new SqsSequenceToken(_sequence++, 0, _queueUrl, message.ReceiptHandle, message.MessageId, ReceiveCount(message));
            batches.Add(batch.Received(token));
        }

        // Closed meanwhile: what arrived stays held, and Shutdown hands it back.
        return _closed ? [] : batches;
    }

    private static int ReceiveCount(Message message) =>
        message.Attributes?.TryGetValue(MessageSystemAttributeName.ApproximateReceiveCount, out var value) == true
        && int.TryParse(value, out var count)
            ? count
            : 0;
}
