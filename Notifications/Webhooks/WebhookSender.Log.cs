using Microsoft.Extensions.Logging;

namespace FaceClassifier.Notifications.Webhooks;

public sealed partial class WebhookSender
{
    // Only the URL's authority is logged: paths and queries of webhook URLs often carry tokens.
    [LoggerMessage(EventId = 4400, Level = LogLevel.Debug,
        Message = "Webhook for job {JobId} delivered to {Authority} (HTTP {StatusCode})")]
    private static partial void LogDelivered(ILogger logger, Guid jobId, string authority, int statusCode);

    [LoggerMessage(EventId = 4401, Level = LogLevel.Warning,
        Message = "Webhook for job {JobId} goes out unsigned: Webhooks:Secret is not configured")]
    private static partial void LogUnsigned(ILogger logger, Guid jobId);
}
