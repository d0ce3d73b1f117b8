using System.Text.Json;
using FaceClassifier.Jobs;
using FaceClassifier.Learning;
using FaceClassifier.Notifications.Webhooks;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Notifications.People;

/// <summary>
/// The <c>person.identified</c> event, sent to <see cref="WebhookOptions.GlobalUrl"/> when
/// <see cref="WebhookOptions.PersonIdentified"/> is on, signed, retried and dead-lettered as a job's webhook.
/// </summary>
internal sealed class PersonIdentifiedWebhook(INotificationDispatcher dispatcher, IOptions<WebhookOptions> options) : IPersonIdentifiedNotifier
{
    public const string EventName = "person.identified";

    public async Task NotifyAsync(Guid personId, string name, IReadOnlyList<JobAppearance> appearances, CancellationToken cancellationToken)
    {
        if (!options.Value.PersonIdentified || options.Value.GlobalUrl is not { } url)
        {
            return;
        }

        foreach (var appearance in appearances)
        {
            var json = JsonSerializer.Serialize(
                new
                {
                    Id = personId,
                    Event = EventName,
                    Data = new
                    {
                        PersonId = personId,
                        Name = name,
                        appearance.JobId,
                        appearance.FaceId,
                        appearance.FirstSeenS,
                        appearance.LastSeenS,
                        appearance.Segments,
                    },
                },
                JobJson.Options);
            await dispatcher.SendWebhookAsync(appearance.JobId, url, json, cancellationToken);
        }
    }
}
