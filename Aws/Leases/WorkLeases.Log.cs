using Microsoft.Extensions.Logging;

namespace FaceClassifier.Aws.Leases;

public sealed partial class WorkLeases
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Lease on message {MessageId} in {QueueUrl} dropped: its receipt is no longer valid ({Code}: {Reason})")]
    private static partial void LogDropped(ILogger logger, string messageId, string queueUrl, string? code, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not {Action} message {MessageId} in {QueueUrl} ({Code}: {Reason}); it reappears when its visibility timeout ends")]
    private static partial void LogSettleEntryFailed(ILogger logger, string action, string messageId, string queueUrl, string? code, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not {Action} {Count} messages in {QueueUrl}; they reappear when their visibility timeout ends")]
    private static partial void LogSettleFailed(ILogger logger, Exception exception, string action, int count, string queueUrl);
}
