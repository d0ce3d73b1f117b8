namespace FaceClassifier.Notifications;

/// <summary>Where notifications are kept on disk; both default to folders of the data folder.</summary>
public sealed class NotificationStorageOptions
{
    /// <summary>Folder for mails written as .eml files when no SMTP server is configured (<c>&lt;data&gt;/outbox</c>).</summary>
    public string OutboxDirectory { get; set; } = "";

    /// <summary>Folder for dead letters, one JSON file each (<c>&lt;data&gt;/dead-letters</c>).</summary>
    public string DeadLetterDirectory { get; set; } = "";
}
