using System.Collections.Concurrent;
using FaceClassifier.Notifications.DeadLetters;
using FaceClassifier.Notifications.Delivery;
using FaceClassifier.Notifications.Email;
using FaceClassifier.Notifications.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FaceClassifier.Notifications;

/// <summary>Sends mails and webhooks through <see cref="DeliveryRetrier"/> and keeps final failures as dead letters.</summary>
internal sealed partial class NotificationDispatcher(
    IEmailSender emailSender,
    IWebhookSender webhookSender,
    IDeadLetterStore deadLetters,
    DeliveryRetrier retrier,
    IOptions<SmtpOptions> smtpOptions,
    IOptions<WebhookOptions> webhookOptions,
    TimeProvider timeProvider,
    NotificationInstruments instruments,
    ILogger<NotificationDispatcher> logger) : INotificationDispatcher
{
    private readonly ConcurrentDictionary<Guid, bool> _replaying = new();

    public async Task<NotificationResult> SendEmailAsync(Guid jobId, EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = EmailMime.Create(message, smtpOptions.Value, jobId, timeProvider.GetUtcNow());
        var outcome = await DeliverEmailAsync(jobId, mime, cancellationToken);
        return await ConcludeAsync(NotificationKind.Email, Guid.NewGuid(), jobId, message.ToAddress,
            () => EmailMime.ToEml(mime), outcome);
    }

    public async Task<NotificationResult> SendWebhookAsync(Guid jobId, Uri url, string json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(json);
        var delivery = new WebhookDelivery(Guid.NewGuid(), jobId, url, json);
        var outcome = await DeliverWebhookAsync(delivery, cancellationToken);
        return await ConcludeAsync(NotificationKind.Webhook, delivery.DeliveryId, jobId, url.OriginalString, () => json, outcome);
    }

    public Uri? ResolveWebhookUrl(Uri? jobWebhookUrl) => jobWebhookUrl ?? webhookOptions.Value.GlobalUrl;

    public Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(CancellationToken cancellationToken = default) =>
        deadLetters.ListAsync(cancellationToken);

    public async Task<ReplayResult> ReplayAsync(Guid deadLetterId, CancellationToken cancellationToken = default)
    {
        if (!_replaying.TryAdd(deadLetterId, true))
        {
            return new ReplayResult(ReplayStatus.AlreadyReplaying, 0, null);
        }
        try
        {
            if (await deadLetters.GetAsync(deadLetterId, cancellationToken) is not { } letter)
            {
                return new ReplayResult(ReplayStatus.NotFound, 0, null);
            }
            var outcome = letter.Kind == NotificationKind.Email
                ? await DeliverEmailAsync(letter.JobId, EmailMime.FromEml(letter.Payload), cancellationToken)
                : await DeliverWebhookAsync(new WebhookDelivery(letter.Id, letter.JobId, new Uri(letter.Target), letter.Payload), cancellationToken);
            if (outcome.Delivered)
            {
                await deadLetters.DeleteAsync(letter.Id, CancellationToken.None);
                LogReplayed(logger, letter.Kind, letter.JobId, letter.Id, outcome.Attempts);
                return new ReplayResult(ReplayStatus.Delivered, outcome.Attempts, null);
            }
            var updated = letter with
            {
                Attempts = letter.Attempts + outcome.Attempts,
                LastError = outcome.LastError ?? letter.LastError,
                LastFailedAt = timeProvider.GetUtcNow(),
            };
            await deadLetters.SaveAsync(updated, CancellationToken.None);
            LogReplayFailed(logger, letter.Kind, letter.JobId, letter.Id, updated.Attempts, updated.LastError);
            return new ReplayResult(ReplayStatus.StillFailing, outcome.Attempts, updated);
        }
        finally
        {
            _replaying.TryRemove(deadLetterId, out _);
        }
    }

    private Task<NotificationResult> DeliverEmailAsync(Guid jobId, MimeMessage mime, CancellationToken cancellationToken) =>
        mime.To.Mailboxes.Any()
            ? retrier.RunAsync(NotificationKind.Email, jobId, smtpOptions.Value.ToPolicy(),
                ct => emailSender.SendAsync(mime, ct), cancellationToken)
            : Task.FromResult(new NotificationResult(NotificationKind.Email, false, 0, "The recipient is not a valid mail address.", null));

    private Task<NotificationResult> DeliverWebhookAsync(WebhookDelivery delivery, CancellationToken cancellationToken) =>
        retrier.RunAsync(NotificationKind.Webhook, delivery.JobId, webhookOptions.Value.ToPolicy(),
            ct => webhookSender.SendAsync(delivery, ct), cancellationToken);

    private async Task<NotificationResult> ConcludeAsync(
        NotificationKind kind, Guid id, Guid jobId, string target, Func<string> payload, NotificationResult outcome)
    {
        if (outcome.Delivered)
        {
            return outcome;
        }
        var now = timeProvider.GetUtcNow();
        var error = outcome.LastError ?? "Unknown error";
        // Stored even when the caller was cancelled (shutdown): a failed notification is never dropped.
        await deadLetters.SaveAsync(
            new DeadLetter(id, kind, jobId, target, payload(), error, outcome.Attempts, now, now), CancellationToken.None);
        instruments.DeadLettered(kind);
        LogDeadLettered(logger, kind, jobId, id, outcome.Attempts, error);
        return outcome with { LastError = error, DeadLetterId = id };
    }
}
