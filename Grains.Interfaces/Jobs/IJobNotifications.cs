namespace FaceClassifier.Jobs;

/// <summary>The notifier's view of one finished job: claim a message in one turn, send it, report; and the admin replay.</summary>
public interface IJobNotifications : IGrainWithGuidKey
{
    /// <summary>The next address to mail, marked in flight in this turn; null when none is due.</summary>
    Task<EmailTask?> ClaimEmailAsync();

    /// <summary>What happened to the mail for a claimed address.</summary>
    Task ReportEmailAsync(string email, DeliveryOutcome outcome);

    /// <summary>The webhook call if one is due, marked in flight; null otherwise.</summary>
    Task<WebhookTask?> ClaimWebhookAsync();

    /// <summary>What happened to the webhook call.</summary>
    Task ReportWebhookAsync(DeliveryOutcome outcome);

    /// <summary>A dead-lettered mail to this address was replayed successfully (the admin API).</summary>
    Task RecordReplayedEmailAsync(string email);
}
