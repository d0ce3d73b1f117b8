using Microsoft.Extensions.Logging;

namespace FaceClassifier.Aws.Notifications.Sqs;

public sealed partial class NotificationQueueConsumer
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Job {JobId}: notifications sent for event {MessageId}; event deleted")]
    private static partial void LogNotified(ILogger logger, Guid jobId, string messageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId}: notifying for event {MessageId} failed (receive {ReceiveCount}); the event reappears and goes to the dead-letter queue when its receives run out")]
    private static partial void LogEventFailed(ILogger logger, Exception exception, Guid jobId, string messageId, string receiveCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receiving from the output queue {QueueUrl} failed; trying again")]
    private static partial void LogReceiveFailed(ILogger logger, Exception exception, string queueUrl);
}
