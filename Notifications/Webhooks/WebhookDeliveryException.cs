using System.Net;

namespace FaceClassifier.Notifications.Webhooks;

/// <summary>A webhook receiver answered with a status other than 2xx.</summary>
public sealed class WebhookDeliveryException(HttpStatusCode statusCode, string? reason, TimeSpan? retryAfter)
    : Exception($"Receiver answered HTTP {(int)statusCode} {reason}".TrimEnd())
{
    /// <summary>The HTTP status the receiver returned.</summary>
    public HttpStatusCode StatusCode { get; } = statusCode;

    /// <summary>The receiver's <c>Retry-After</c>, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
