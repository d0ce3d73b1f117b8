using Microsoft.Extensions.Logging;

namespace FaceClassifier.Notifications.Jobs;

public sealed partial class JobNotifier
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId}: the {Kind} channel threw instead of dead-lettering; notification recorded as failed")]
    private static partial void LogChannelFailed(ILogger logger, Exception exception, Guid jobId, string kind);
}
