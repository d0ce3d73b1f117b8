using Microsoft.Extensions.Logging;

namespace FaceClassifier.Aws.Streaming.Sqs;

internal sealed partial class SqsQueueReceiver
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "SQS queue {Queue}: message {MessageId} is no longer held ({Code})")]
    private static partial void LogNoLongerHeld(ILogger logger, string messageId, string queue, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQS queue {Queue}: could not delete delivered message {MessageId} ({Code})")]
    private static partial void LogDeleteFailed(ILogger logger, string messageId, string queue, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQS queue {Queue}: delivery of message {MessageId} failed; handed back for a retry")]
    private static partial void LogReleased(ILogger logger, string messageId, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQS queue {Queue}: the poll in flight at shutdown failed")]
    private static partial void LogPollAtShutdownFailed(ILogger logger, Exception exception, string queue);

    [LoggerMessage(Level = LogLevel.Error, Message = "SQS queue {Queue}: could not hand back {Count} held messages at shutdown; they reappear after the visibility timeout")]
    private static partial void LogHandBackFailed(ILogger logger, Exception exception, string queue, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "SQS queue {Queue}: receiver stopped, {Count} undelivered messages handed back")]
    private static partial void LogShutdown(ILogger logger, string queue, int count);
}
