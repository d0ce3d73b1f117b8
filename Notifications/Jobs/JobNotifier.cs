using FaceClassifier.Jobs;
using Microsoft.Extensions.Logging;

namespace FaceClassifier.Notifications.Jobs;

/// <summary>
/// Sends a finished job's notifications by the grain's protocol: claim the next address (the grain marks it
/// in flight in that turn), send, report, repeat; so a PUT racing this loop either lands before a claim
/// (the mail goes to the new address) or after it (the new address is claimed next), and no address is
/// mailed twice. Then the webhook, once.
/// </summary>
public sealed partial class JobNotifier(IJobNotificationChannel channel, ILogger<JobNotifier> logger)
{
    public async Task NotifyAsync(IJobNotifications job, CancellationToken cancellationToken)
    {
        while (await job.ClaimEmailAsync() is { } task)
        {
            var outcome = await SendAsync(task.Job.Id, "email", () => channel.SendEmailAsync(task, cancellationToken));
            await job.ReportEmailAsync(task.Email, outcome);
        }

        if (await job.ClaimWebhookAsync() is { } hook)
        {
            var outcome = await SendAsync(hook.Job.Id, "webhook", () => channel.SendWebhookAsync(hook, cancellationToken));
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
}
