using FaceClassifier.Jobs;

namespace FaceClassifier.Notifications.Jobs;

/// <summary>
/// Writes and sends a job's notifications (email over SMTP or to the outbox; signed webhooks with retries), as
/// the job grain claimed them. A message that still fails after its retries is dead-lettered and reported as such, not thrown.
/// </summary>
public interface IJobNotificationChannel
{
    /// <summary>The job's result (or failure) mail to the claimed address.</summary>
    Task<DeliveryOutcome> SendEmailAsync(EmailTask task, CancellationToken cancellationToken);

    /// <summary>The job's webhook call with its final state; a null URL means the global webhook, if any.</summary>
    Task<DeliveryOutcome> SendWebhookAsync(WebhookTask task, CancellationToken cancellationToken);
}
