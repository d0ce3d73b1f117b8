using Microsoft.Extensions.Logging;

namespace FaceClassifier.Aws.Sqs;

public sealed partial class VisibilityKeeper
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not extend message {MessageId} in {QueueUrl} ({Code}: {Reason}); trying again at the next extension")]
    private static partial void LogExtendEntryFailed(ILogger logger, string messageId, string queueUrl, string? code, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not extend {Count} messages in {QueueUrl}; trying again at the next extension")]
    private static partial void LogExtendFailed(ILogger logger, Exception exception, int count, string queueUrl);
}
