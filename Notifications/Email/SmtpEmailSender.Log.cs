using Microsoft.Extensions.Logging;

namespace FaceClassifier.Notifications.Email;

public sealed partial class SmtpEmailSender
{
    [LoggerMessage(EventId = 4300, Level = LogLevel.Debug,
        Message = "Mail {MessageId} handed to {Host}:{Port}, which answered {Response}")]
    private static partial void LogSent(ILogger logger, string host, int port, string messageId, string response);
}
