using Microsoft.Extensions.Logging;

namespace FaceClassifier.Aws.Sqs;

public sealed partial class DeadLetterWriter
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "SQS queue {Queue}: unreadable message {MessageId} moved to the dead-letter queue: {Reason}")]
    private static partial void LogDeadLettered(ILogger logger, string messageId, string queue, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "SQS queue {Queue}: could not dead-letter unreadable message {MessageId} ({Reason}); SQS's redrive policy will move it")]
    private static partial void LogDeadLetterFailed(ILogger logger, Exception exception, string messageId, string queue, string reason);
}
