using Microsoft.Extensions.Logging;

namespace FaceClassifier.Reminders.Files;

public sealed partial class FileReminderTable
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} reminders from {Path}")]
    private static partial void LogLoaded(ILogger logger, int count, string path);
}
