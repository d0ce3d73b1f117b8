namespace FaceClassifier.Jobs;

/// <summary>The notifier's side: claim an address in one turn, send, report; the same for the webhook.</summary>
public sealed partial class ClassificationJobGrain : IJobNotifications
{
    private (string Email, DateTimeOffset Since)? _mailInFlight;
    private DateTimeOffset? _webhookInFlightSince;

    public async Task<EmailTask?> ClaimEmailAsync()
    {
        if (!Exists || !S.IsTerminal)
        {
            return null;
        }

        Touch();
        if (ContactGuard.Due(S.Mail, S.Email, InFlightEmail()) is not { } due)
        {
            return null;
        }

        _mailInFlight = (due, Now);
        var claimed = ContactGuard.Claim(S.Mail, due);
        if (claimed != S.Mail)
        {
            state.State = S with { Mail = claimed };
            await SaveAsync();
        }

        return new EmailTask(due, Snapshot());
    }

    public async Task ReportEmailAsync(string email, DeliveryOutcome outcome)
    {
        if (!Exists)
        {
            return;
        }

        Touch();
        if (_mailInFlight is { } f && ContactGuard.SameAddress(f.Email, email))
        {
            _mailInFlight = null;
        }

        LogEmailReported(logger, Id, outcome);
        state.State = S with { Mail = ContactGuard.Report(S.Mail, email, S.Email, outcome == DeliveryOutcome.Delivered) };
        state.State = WithDoneIfIdle(S);
        await SaveAsync();
    }

    public Task<WebhookTask?> ClaimWebhookAsync()
    {
        if (!Exists || !S.IsTerminal || S.Webhook != WebhookState.Pending || WebhookInFlight())
        {
            return Task.FromResult<WebhookTask?>(null);
        }

        Touch();
        _webhookInFlightSince = Now;
        return Task.FromResult<WebhookTask?>(new WebhookTask(S.WebhookUrl, Snapshot()));
    }

    public async Task ReportWebhookAsync(DeliveryOutcome outcome)
    {
        if (!Exists || S.Webhook != WebhookState.Pending)
        {
            return;
        }

        Touch();
        _webhookInFlightSince = null;
        LogWebhookReported(logger, Id, outcome);
        state.State = S with
        {
            Webhook = outcome switch
            {
                DeliveryOutcome.Delivered => WebhookState.Delivered,
                DeliveryOutcome.DeadLettered => WebhookState.Failed,
                _ => WebhookState.None,
            },
        };
        state.State = WithDoneIfIdle(S);
        await SaveAsync();
    }

    public async Task RecordReplayedEmailAsync(string email)
    {
        if (!Exists)
        {
            return;
        }

        var ledger = ContactGuard.Replayed(S.Mail, email, S.Email);
        if (ledger != S.Mail)
        {
            state.State = S with { Mail = ledger };
            await SaveAsync();
        }
    }

    private bool HasNotificationWork() =>
        S.IsTerminal && (ContactGuard.Due(S.Mail, S.Email, InFlightEmail()) is not null || (S.Webhook == WebhookState.Pending && !WebhookInFlight()));

    private string? InFlightEmail() =>
        _mailInFlight is { } f && Now - f.Since < options.Value.NotificationLease ? f.Email : null;

    private bool WebhookInFlight() =>
        _webhookInFlightSince is { } since && Now - since < options.Value.NotificationLease;

    private JobState WithDoneIfIdle(JobState s) =>
        s.IsTerminal && s.Stage == JobStage.Notifying && InFlightEmail() is null && !WebhookInFlight()
        && ContactGuard.Due(s.Mail, s.Email, null) is null && s.Webhook != WebhookState.Pending
            ? s with { Stage = JobStage.Done }
            : s;
}
