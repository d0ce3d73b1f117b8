using Microsoft.Extensions.Logging;

namespace FaceClassifier.Notifications.Delivery;

internal sealed partial class DeliveryRetrier
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information,
        Message = "{Kind} notification for job {JobId}: attempt {Attempt} failed ({Error}); retrying in {Delay}")]
    private static partial void LogRetrying(
        ILogger logger, NotificationKind kind, Guid jobId, int attempt, TimeSpan delay, string error);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "{Kind} notification for job {JobId}: giving up after {Attempts} attempt(s) (transient: {Transient}): {Error}")]
    private static partial void LogGaveUp(
        ILogger logger, NotificationKind kind, Guid jobId, int attempts, bool transient, string error);
}
