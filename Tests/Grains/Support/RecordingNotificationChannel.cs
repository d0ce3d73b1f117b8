using System.Collections.Concurrent;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications.Jobs;

namespace FaceClassifier.Tests.Grains.Support;

/// <summary>
/// Test double at the notification boundary: records every email and webhook the notifier hands over,
/// answers Delivered (or DeadLettered for addresses told to fail), and yields a few times per send so
/// that PUTs get the chance to interleave with a send in flight.
/// </summary>
public sealed class RecordingNotificationChannel : IJobNotificationChannel
{
    private readonly ConcurrentQueue<EmailTask> _emails = new();
    private readonly ConcurrentQueue<WebhookTask> _webhooks = new();
    private readonly ConcurrentDictionary<string, bool> _failing = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _held = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<EmailTask> EmailsFor(Guid jobId) => [.. _emails.Where(e => e.Job.Id == jobId)];

    public IReadOnlyList<WebhookTask> WebhooksFor(Guid jobId) => [.. _webhooks.Where(w => w.Job.Id == jobId)];

    /// <summary>Mails to this address are dead-lettered.</summary>
    public void FailFor(string email) => _failing[email] = true;

    /// <summary>Mails to this address never finish sending (until cancelled); the task completes when the first starts.</summary>
    public Task HoldFor(string email)
    {
        var sending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _held[email] = sending;
        return sending.Task;
    }

    public async Task<DeliveryOutcome> SendEmailAsync(EmailTask email, CancellationToken cancellationToken)
    {
        if (_held.TryGetValue(email.Email, out var sending))
        {
            sending.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        for (var i = 0; i < 5; i++)
        {
            await Task.Yield();
        }

        _emails.Enqueue(email);
        return _failing.ContainsKey(email.Email) ? DeliveryOutcome.DeadLettered : DeliveryOutcome.Delivered;
    }

    public Task<DeliveryOutcome> SendWebhookAsync(WebhookTask webhook, CancellationToken cancellationToken)
    {
        _webhooks.Enqueue(webhook);
        return Task.FromResult(webhook.Url is null ? DeliveryOutcome.Skipped : DeliveryOutcome.Delivered);
    }
}
