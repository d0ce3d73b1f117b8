namespace FaceClassifier.Notifications.Webhooks;

/// <summary>Headers of a webhook POST that receivers can rely on.</summary>
public static class WebhookHeaders
{
    /// <summary><c>sha256=&lt;hex&gt;</c>: HMAC-SHA256 of the exact body bytes with <c>Webhooks:Secret</c>.</summary>
    public const string Signature = "X-FaceClassifier-Signature";

    /// <summary>The delivery id, the same on every retry and replay of one notification.</summary>
    public const string Delivery = "X-FaceClassifier-Delivery";

    /// <summary>When this attempt was sent, in Unix seconds.</summary>
    public const string Timestamp = "X-FaceClassifier-Timestamp";

    /// <summary>The job the webhook reports on.</summary>
    public const string Job = "X-FaceClassifier-Job";
}
