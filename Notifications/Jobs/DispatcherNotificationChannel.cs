using System.Text.Json;
using FaceClassifier.Blobs;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications.Email;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Notifications.Jobs;

/// <summary>Job notifications written from the job snapshot and sent through the retrying, dead-lettering
/// <see cref="INotificationDispatcher"/>.</summary>
internal sealed class DispatcherNotificationChannel(
    INotificationDispatcher dispatcher, IBlobStore blobs, IBlobLinks links, IOptions<SignedUrlOptions> urls) : IJobNotificationChannel
{
    public async Task<DeliveryOutcome> SendEmailAsync(EmailTask task, CancellationToken cancellationToken)
    {
        var job = task.Job;
        var frame = job.Status == JobStatus.Completed && job.ImageKey is { } image ? new Uri(links.CreateMailUrl(image)) : null;
        var mail = JobMailComposer.Compose(job, task.Email, JobPage(job.Id), frame, await ThumbnailsAsync(job, cancellationToken));
        return Outcome(await dispatcher.SendEmailAsync(job.Id, mail, cancellationToken));
    }

    public async Task<DeliveryOutcome> SendWebhookAsync(WebhookTask task, CancellationToken cancellationToken)
    {
        if (dispatcher.ResolveWebhookUrl(task.Url is { } url ? new Uri(url) : null) is not { } target)
        {
            return DeliveryOutcome.Skipped;
        }

        return Outcome(await dispatcher.SendWebhookAsync(task.Job.Id, target, WebhookJson(task.Job), cancellationToken));
    }

    /// <summary>The thumbnails of the faces the mail lists; a missing one is left out (the mail then names the face without it).</summary>
    private async Task<Dictionary<string, byte[]>> ThumbnailsAsync(JobSnapshot job, CancellationToken cancellationToken)
    {
        var thumbnails = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (job.Status != JobStatus.Completed || job.Result is not { } result)
        {
            return thumbnails;
        }

        var keys = result.People.Select(p => p.ThumbnailKey)
            .Concat(result.UnknownFaces.Take(JobMailComposer.MaxUnknownListed).Select(u => u.ThumbnailKey))
            .OfType<string>();
        foreach (var key in keys)
        {
            await using var stream = await blobs.OpenReadAsync(key, cancellationToken);
            if (stream is not null)
            {
                using var jpeg = new MemoryStream();
                await stream.CopyToAsync(jpeg, cancellationToken);
                thumbnails[key] = jpeg.ToArray();
            }
        }
        return thumbnails;
    }

    private static DeliveryOutcome Outcome(NotificationResult result) =>
        result.Delivered ? DeliveryOutcome.Delivered : DeliveryOutcome.DeadLettered;

    private string WebhookJson(JobSnapshot job) => JsonSerializer.Serialize(
        new
        {
            Id = job.Id,
            Event = job.Status == JobStatus.Completed ? "job.completed" : "job.failed",
            Data = JobDocument.From(job, links.CreateMailUrl),
        },
        JobJson.Options);

    private Uri JobPage(Guid id) => new(new Uri(urls.Value.PublicBaseUrl), $"/jobs/{id}");
}
