namespace FaceClassifier.Jobs;

/// <summary>The exact strings the REST API uses for job states.</summary>
public static class JobText
{
    public static string Status(JobStatus status) => status switch
    {
        JobStatus.Processing => "processing",
        JobStatus.Completed => "completed",
        JobStatus.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Stage(JobStage stage) => stage.ToString().ToLowerInvariant();

    public static string Notification(NotificationState state) => state switch
    {
        NotificationState.Pending => "pending",
        NotificationState.Notified => "notified",
        NotificationState.NotifiedToNewEmail => "notified to new email",
        NotificationState.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static string Webhook(WebhookState state) => state.ToString().ToLowerInvariant();
}
