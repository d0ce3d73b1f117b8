using Microsoft.Extensions.Logging;

namespace FaceClassifier.Notifications.DeadLetters.Files;

public sealed partial class FileDeadLetterStore
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Error,
        Message = "Dead letter file {FileName} cannot be read and is skipped (left on disk): {Error}")]
    private static partial void LogUnreadable(ILogger logger, string fileName, string error);
}
