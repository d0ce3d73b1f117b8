using FaceClassifier.Jobs;
using FaceClassifier.Notifications;
using FaceClassifier.Notifications.Email;

namespace FaceClassifier.Notifications.Jobs;

/// <summary>Job notifications through the retrying, dead-lettering <see cref="INotificationDispatcher"/>.</summary>
internal sealed class DispatcherNotificationChannel(INotificationDispatcher dispatcher) : IJobNotificationChannel
{
    public async Task<DeliveryOutcome> SendEmailAsync(JobEmail email, CancellationToken cancellationToken)
    {
        var people = email.PeopleFound
            .Select(p => new PersonFound(p.Name, p.Confidence, TimeSpan.FromSeconds(p.FirstSeenS), TimeSpan.FromSeconds(p.LastSeenS)))
            .ToList();
        var mail = JobMailComposer.Compose(new JobMailInput(
            email.JobId,
            email.Name,
            email.To,
            email.Succeeded,
            people,
            email.UnknownFaces,
            email.Error,
            new Uri(email.JobUrl),
            email.ImageUrl is { } image ? new Uri(image) : null));
        var result = await dispatcher.SendEmailAsync(email.JobId, mail, cancellationToken);
        return result.Delivered ? DeliveryOutcome.Delivered : DeliveryOutcome.DeadLettered;
    }

    public async Task<DeliveryOutcome> SendWebhookAsync(JobWebhook webhook, CancellationToken cancellationToken)
    {
        if (dispatcher.ResolveWebhookUrl(webhook.Url) is not { } url)
        {
            return DeliveryOutcome.Skipped;
        }

        var result = await dispatcher.SendWebhookAsync(webhook.JobId, url, webhook.Json, cancellationToken);
        return result.Delivered ? DeliveryOutcome.Delivered : DeliveryOutcome.DeadLettered;
    }
}
