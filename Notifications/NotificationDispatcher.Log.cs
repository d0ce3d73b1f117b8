using Microsoft.Extensions.Logging;

namespace FaceClassifier.Notifications;

internal sealed partial class NotificationDispatcher
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Error,
        Message = "{Kind} notification for job {JobId} failed after {Attempts} attempt(s) and is kept as dead letter {DeadLetterId}: {Error}")]
    private static partial void LogDeadLettered(
        ILogger logger, NotificationKind kind, Guid jobId, Guid deadLetterId, int attempts, string error);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information,
        Message = "Dead letter {DeadLetterId} ({Kind}, job {JobId}) delivered on replay after {Attempts} attempt(s)")]
    private static partial void LogReplayed(ILogger logger, NotificationKind kind, Guid jobId, Guid deadLetterId, int attempts);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning,
        Message = "Dead letter {DeadLetterId} ({Kind}, job {JobId}) failed again, {Attempts} attempt(s) in all: {Error}")]
    private static partial void LogReplayFailed(
        ILogger logger, NotificationKind kind, Guid jobId, Guid deadLetterId, int attempts, string error);
}
