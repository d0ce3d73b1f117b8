namespace FaceClassifier.Notifications.Webhooks;

/// <summary>Makes one signed webhook POST; throws when it fails or the receiver answers other than 2xx.</summary>
public interface IWebhookSender
{
    /// <summary>POSTs the delivery once; retries are the caller's business.</summary>
    Task SendAsync(WebhookDelivery delivery, CancellationToken cancellationToken = default);
}
