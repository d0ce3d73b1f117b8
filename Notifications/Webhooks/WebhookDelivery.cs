namespace FaceClassifier.Notifications.Webhooks;

/// <summary>One webhook POST: the body is sent byte for byte as given and signed.</summary>
/// <param name="DeliveryId">Stays the same across retries and replays, so receivers can ignore duplicates.</param>
/// <param name="JobId">The job the webhook reports on.</param>
/// <param name="Url">The receiver.</param>
/// <param name="Json">The final job state as JSON.</param>
public sealed record WebhookDelivery(Guid DeliveryId, Guid JobId, Uri Url, string Json);
