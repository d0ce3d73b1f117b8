using FaceClassifier.Notifications.DeadLetters;
using FaceClassifier.Notifications.Email;

namespace FaceClassifier.Notifications;

/// <summary>Delivers job notifications with retries; what still fails is kept as a dead letter, never dropped.</summary>
/// <remarks>A call can take as long as all attempts and backoff waits together (about a minute with the
/// defaults), so call it from the job's own processing, not while an API request waits.</remarks>
public interface INotificationDispatcher
{
    /// <summary>Sends the mail, retrying transient failures; on final failure stores a dead letter.</summary>
    Task<NotificationResult> SendEmailAsync(Guid jobId, EmailMessage message, CancellationToken cancellationToken = default);

    /// <summary>POSTs the JSON to the URL, signed, retrying transient failures; on final failure stores a dead letter.</summary>
    Task<NotificationResult> SendWebhookAsync(Guid jobId, Uri url, string json, CancellationToken cancellationToken = default);

    /// <summary>The job's own webhook URL, else <c>Webhooks:GlobalUrl</c>, else null (no webhook).</summary>
    Uri? ResolveWebhookUrl(Uri? jobWebhookUrl);

    /// <summary>Runs one more delivery cycle for a dead letter; removes it on success, updates it on failure.</summary>
    Task<ReplayResult> ReplayAsync(Guid deadLetterId, CancellationToken cancellationToken = default);

    /// <summary>All dead letters, oldest first.</summary>
    Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(CancellationToken cancellationToken = default);
}
