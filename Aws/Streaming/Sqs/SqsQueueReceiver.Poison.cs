using Amazon.SQS.Model;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>Unreadable messages go to the dead-letter queue at once instead of being retried.</summary>
internal sealed partial class SqsQueueReceiver
{
    public const string PoisonReasonAttribute = "PoisonReason";
    public const string SourceQueueAttribute = "SourceQueue";
    public const string SourceMessageIdAttribute = "SourceMessageId";
    private const int MaxReasonLength = 1024;

    private async Task DeadLetterAsync(Message message, string reason)
    {
        reason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
        try
        {
            await _sqs.SendMessageAsync(
                new SendMessageRequest
                {
                    QueueUrl = _deadLetterUrl,
                    MessageBody = message.Body is { Length: > 0 } body ? body : "(empty)",
                    MessageAttributes = new()
                    {
                        [PoisonReasonAttribute] = Text(reason),
                        [SourceQueueAttribute] = Text(_queueName),
                        [SourceMessageIdAttribute] = Text(message.MessageId),
                    },
                },
                _stop.Token);
            await _sqs.DeleteMessageAsync(_queueUrl, message.ReceiptHandle, _stop.Token);
            LogDeadLettered(_logger, message.MessageId, _queueName, reason);
        }
        catch (Exception ex) when (!_stop.IsCancellationRequested)
        {
            // Left in the queue: SQS's redrive policy moves it to the dead-letter queue after MaxReceiveCount receives.
            LogDeadLetterFailed(_logger, ex, message.MessageId, _queueName, reason);
        }
    }

    private static MessageAttributeValue Text(string value) => new() { DataType = "String", StringValue = value };
}
