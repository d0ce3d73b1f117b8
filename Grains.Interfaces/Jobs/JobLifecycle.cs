namespace FaceClassifier.Jobs;

/// <summary>A job's outcome; Completed and Error are terminal.</summary>
[GenerateSerializer, Alias("fc.JobStatus")]
public enum JobStatus
{
    Processing = 0,
    Completed = 1,
    Error = 2,
}

/// <summary>Where a job is in its pipeline; stages only move forward.</summary>
[GenerateSerializer, Alias("fc.JobStage")]
public enum JobStage
{
    Queued = 0,
    Extracting = 1,
    Analysing = 2,
    Rendering = 3,
    Notifying = 4,
    Done = 5,
}

/// <summary>The email notification state the PUT guard answers with.</summary>
[GenerateSerializer, Alias("fc.NotificationState")]
public enum NotificationState
{
    Pending = 0,
    Notified = 1,
    NotifiedToNewEmail = 2,
    Failed = 3,
}

/// <summary>The state of a job's one webhook call.</summary>
[GenerateSerializer, Alias("fc.WebhookState")]
public enum WebhookState
{
    /// <summary>No webhook configured for the job (or none has been due yet).</summary>
    None = 0,
    Pending = 1,
    Delivered = 2,
    Failed = 3,
}

/// <summary>What a notification channel did with a message.</summary>
[GenerateSerializer, Alias("fc.DeliveryOutcome")]
public enum DeliveryOutcome
{
    Delivered = 0,

    /// <summary>Still failing after its retries; kept in the dead-letter store for replay.</summary>
    DeadLettered = 1,

    /// <summary>Nothing to send to (e.g. no webhook URL configured).</summary>
    Skipped = 2,
}
