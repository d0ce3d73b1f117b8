namespace FaceClassifier.Jobs;

/// <summary>The notifier's side: claim an address in one turn, send, report; the same for the webhook.</summary>
public sealed partial class ClassificationJobGrain : IJobNotifications
{
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

        state.State = S with { Mail = ContactGuard.Claim(S.Mail, due) with { InFlight = new MailClaim(due, Now) } };
        await SaveAsync();
        return new EmailTask(due, Snapshot());
    }

    public async Task ReportEmailAsync(string email, DeliveryOutcome outcome)
    {
        if (!Exists)
        {
            return;
        }

        Touch();
        var ledger = S.Mail.InFlight is { } f && ContactGuard.SameAddress(f.Email, email) ? S.Mail with { InFlight = null } : S.Mail;
        LogEmailReported(logger, Id, outcome);
        state.State = S with { Mail = ContactGuard.Report(ledger, email, S.Email, outcome == DeliveryOutcome.Delivered) };
        state.State = WithDoneIfIdle(S);
        await SaveAsync();
    }

    public async Task<WebhookTask?> ClaimWebhookAsync()
    {
        if (!Exists || !S.IsTerminal || S.Webhook != WebhookState.Pending || WebhookInFlight())
        {
            return null;
        }

        Touch();
        state.State = S with { WebhookClaimedAt = Now };
        await SaveAsync();
        return new WebhookTask(S.WebhookUrl, Snapshot());
    }

    public async Task ReportWebhookAsync(DeliveryOutcome outcome)
    {
        if (!Exists || S.Webhook != WebhookState.Pending)
        {
            return;
        }

        Touch();
        LogWebhookReported(logger, Id, outcome);
        state.State = S with
        {
            WebhookClaimedAt = null,
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
        S.Mail.InFlight is { } f && Now - f.Since < options.Value.NotificationLease ? f.Email : null;

    private bool WebhookInFlight() =>
        S.WebhookClaimedAt is { } since && Now - since < options.Value.NotificationLease;

    private JobState WithDoneIfIdle(JobState s) =>
        s.IsTerminal && s.Stage == JobStage.Notifying && InFlightEmail() is null && !WebhookInFlight()
        && ContactGuard.Due(s.Mail, s.Email, null) is null && s.Webhook != WebhookState.Pending
            ? s with { Stage = JobStage.Done }
            : s;
}
