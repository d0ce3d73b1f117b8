using System.Net;
using System.Net.Sockets;
using FaceClassifier.Notifications.Webhooks;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace FaceClassifier.Notifications.Delivery;

/// <summary>Why one delivery attempt failed and whether trying again can help.</summary>
internal readonly record struct DeliveryFailure(string Message, bool Retryable, TimeSpan? RetryAfter = null)
{
    /// <summary>Transient: network trouble, timeouts, HTTP 408/429/5xx, SMTP 4xx. Permanent: other HTTP 4xx,
    /// SMTP 5xx, bad URLs, webhook targets the policy refuses, rejected credentials or certificates. Unknown errors are retried, since the attempts are bounded.</summary>
    public static DeliveryFailure From(Exception exception) => exception switch
    {
        WebhookDeliveryException e => new(e.Message, IsRetryable(e.StatusCode), e.RetryAfter),
        WebhookTargetRefusedException e => new(e.Message, false),
        // The handler wraps what its connect callback throws.
        HttpRequestException { InnerException: WebhookTargetRefusedException e } => new(e.Message, false),
        HttpRequestException e => new($"Network error: {Innermost(e).Message}", true),
        TimeoutException e => new(e.Message, true),
        SmtpCommandException e => new($"SMTP server answered {(int)e.StatusCode}: {e.Message}", (int)e.StatusCode < 500),
        AuthenticationException e => new($"SMTP authentication failed: {e.Message}", false),
        SslHandshakeException => new("TLS handshake with the SMTP server failed (certificate or protocol mismatch).", false),
        UnauthorizedAccessException e => new($"Access denied: {e.Message}", false),
        ArgumentException e => new(e.Message, false),
        SmtpProtocolException or ServiceNotConnectedException or IOException or SocketException =>
            new($"Connection error: {Innermost(exception).Message}", true),
        _ => new($"{exception.GetType().Name}: {exception.Message}", true),
    };

    private static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is { } inner)
        {
            exception = inner;
        }
        return exception;
    }
}
