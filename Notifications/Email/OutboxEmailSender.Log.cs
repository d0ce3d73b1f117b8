using Microsoft.Extensions.Logging;

namespace FaceClassifier.Notifications.Email;

public sealed partial class OutboxEmailSender
{
    [LoggerMessage(EventId = 4310, Level = LogLevel.Information,
        Message = "No SMTP server configured (Smtp:Host); mail written to {FileName} in {Directory}")]
    private static partial void LogWritten(ILogger logger, string fileName, string directory);
}
