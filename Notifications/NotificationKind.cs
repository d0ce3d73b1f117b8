namespace FaceClassifier.Notifications;

/// <summary>The channel a notification goes out on.</summary>
[GenerateSerializer, Alias("fc.NotificationKind")]
public enum NotificationKind
{
    /// <summary>A mail to the job's owner.</summary>
    Email,

    /// <summary>A signed HTTP POST of the final job state.</summary>
    Webhook,
}
