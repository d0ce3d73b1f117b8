using System.Text.Json;
using FaceClassifier.Blobs;
using FaceClassifier.Jobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Notifications.Jobs;

/// <summary>
/// Sends a finished job's notifications by the grain's protocol: claim the next address (the grain marks it
/// in flight in that turn), send, report, repeat; so a PUT racing this loop either lands before a claim
/// (the mail goes to the new address) or after it (the new address is claimed next), and no address is
/// mailed twice. Then the webhook, once.
/// </summary>
public sealed partial class JobNotifier(
    IJobNotificationChannel channel,
    IBlobLinks links,
    IOptions<SignedUrlOptions> urls,
    ILogger<JobNotifier> logger)
{
    public async Task NotifyAsync(IJobNotifications job, CancellationToken cancellationToken)
    {
        while (await job.ClaimEmailAsync() is { } task)
        {
            var outcome = await SendAsync(task.Job.Id, "email", () => channel.SendEmailAsync(ToEmail(task), cancellationToken));
            await job.ReportEmailAsync(task.Email, outcome);
        }

        if (await job.ClaimWebhookAsync() is { } hook)
        {
            var url = hook.Url is { } u ? new Uri(u) : null;
            var webhook = new JobWebhook(hook.Job.Id, url, WebhookJson(hook.Job));
            var outcome = await SendAsync(hook.Job.Id, "webhook", () => channel.SendWebhookAsync(webhook, cancellationToken));
            await job.ReportWebhookAsync(outcome);
        }
    }

    private async Task<DeliveryOutcome> SendAsync(Guid jobId, string kind, Func<Task<DeliveryOutcome>> send)
    {
        try
        {
            return await send();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The channel dead-letters failures itself; an exception means even that failed. Record the
            // notification as failed (visible in the job) and log it loudly rather than retrying forever.
            LogChannelFailed(logger, ex, jobId, kind);
            return DeliveryOutcome.DeadLettered;
        }
    }

    private JobEmail ToEmail(EmailTask task)
    {
        var job = task.Job;
        var succeeded = job.Status == JobStatus.Completed;
        return new JobEmail(
            job.Id,
            task.Email,
            job.Name,
            succeeded,
            job.Result?.People ?? [],
            job.Result?.UnknownFaces.Count ?? 0,
            succeeded && job.ImageKey is { } image ? links.CreateMailUrl(image) : null,
            JobUrl(job.Id),
            job.Error);
    }

    private string WebhookJson(JobSnapshot job) => JsonSerializer.Serialize(
        new
        {
            Id = job.Id,
            Event = job.Status == JobStatus.Completed ? "job.completed" : "job.failed",
            Data = JobDocument.From(job, links.CreateMailUrl),
        },
        JobJson.Options);

    private string JobUrl(Guid id) => new Uri(new Uri(urls.Value.PublicBaseUrl), $"/api/classification/{id}").ToString();
}
