using FaceClassifier.Jobs;

namespace FaceClassifier.Notifications.Jobs;

/// <summary>A job's result (or failure) mail, with what a composer needs to write it.</summary>
public sealed record JobEmail(
    Guid JobId,
    string To,
    string Name,
    bool Succeeded,
    IReadOnlyList<PersonResult> PeopleFound,
    int UnknownFaces,
    string? ImageUrl,
    string JobUrl,
    string? Error);

/// <summary>A job's webhook call: the final job state as JSON; a null URL means the global webhook, if any.</summary>
public sealed record JobWebhook(Guid JobId, Uri? Url, string Json);

/// <summary>
/// Sends job notifications (email over SMTP or to the outbox; signed webhooks with retries). A message
/// that still fails after its retries is dead-lettered and reported as such, not thrown.
/// </summary>
public interface IJobNotificationChannel
{
    Task<DeliveryOutcome> SendEmailAsync(JobEmail email, CancellationToken cancellationToken);

    Task<DeliveryOutcome> SendWebhookAsync(JobWebhook webhook, CancellationToken cancellationToken);
}
