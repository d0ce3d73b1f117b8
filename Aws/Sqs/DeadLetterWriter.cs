using Amazon.SQS;
using Amazon.SQS.Model;
using Microsoft.Extensions.Logging;

namespace FaceClassifier.Aws.Sqs;

/// <summary>
/// Moves a message no consumer can read to the dead-letter queue at once, with one set of attributes whichever queue
/// it came from, then deletes it there; when that fails the message stays put and the redrive policy moves it later.
/// </summary>
public sealed partial class DeadLetterWriter(IAmazonSQS sqs, SqsQueueRegistry queues, ILogger<DeadLetterWriter> logger)
{
    /// <summary>Why the message was not processed.</summary>
    public const string ReasonAttribute = "reason";

    /// <summary>The name of the queue the message came from.</summary>
    public const string SourceQueueAttribute = "source-queue";

    /// <summary>The message's id in the queue it came from.</summary>
    public const string SourceMessageIdAttribute = "source-message-id";

    /// <summary>The receives the message had when it was moved.</summary>
    public const string ReceiveCountAttribute = "receive-count";

    private const int MaxReasonLength = 1024;

    /// <summary>Moves <paramref name="message"/> from <paramref name="sourceQueue"/> (name) at <paramref name="sourceUrl"/>; false, logged, when it stayed.</summary>
    public async Task<bool> MoveAsync(string sourceQueue, string sourceUrl, Message message, string reason, CancellationToken cancellationToken)
    {
        reason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
        var receives = message.Attributes?.GetValueOrDefault(MessageSystemAttributeName.ApproximateReceiveCount) ?? "0";
        try
        {
            await sqs.SendMessageAsync(
                new SendMessageRequest
                {
                    QueueUrl = await queues.DeadLetterUrlAsync(cancellationToken),
                    // SQS refuses an empty body.
                    MessageBody = message.Body is { Length: > 0 } body ? body : "(empty)",
                    MessageAttributes = new()
                    {
                        [ReasonAttribute] = Text(reason),
                        [SourceQueueAttribute] = Text(sourceQueue),
                        [SourceMessageIdAttribute] = Text(message.MessageId),
                        [ReceiveCountAttribute] = new() { DataType = "Number", StringValue = receives },
                    },
                },
                cancellationToken);
            await sqs.DeleteMessageAsync(sourceUrl, message.ReceiptHandle, cancellationToken);
            LogDeadLettered(logger, message.MessageId, sourceQueue, reason);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogDeadLetterFailed(logger, ex, message.MessageId, sourceQueue, reason);
            return false;
        }
    }

    private static MessageAttributeValue Text(string value) => new() { DataType = "String", StringValue = value };
}
