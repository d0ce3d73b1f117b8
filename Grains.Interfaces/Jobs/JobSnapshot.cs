namespace FaceClassifier.Jobs;

/// <summary>Frames analysed so far out of the expected total.</summary>
[GenerateSerializer, Alias("fc.JobProgress")]
public sealed record JobProgress([property: Id(0)] int FramesDone, [property: Id(1)] int FramesTotal);

/// <summary>A read-only view of a job at one moment.</summary>
[GenerateSerializer, Alias("fc.JobSnapshot")]
public sealed record JobSnapshot(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Email,
    [property: Id(3)] JobStatus Status,
    [property: Id(4)] JobStage Stage,
    [property: Id(5)] JobProgress Progress,
    [property: Id(6)] string? Error,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] DateTimeOffset? CompletedAt,
    [property: Id(9)] NotificationState Notification,
    [property: Id(10)] WebhookState Webhook,
    [property: Id(11)] JobResult? Result,
    [property: Id(12)] string VideoKey,
    [property: Id(13)] string? ImageKey,
    [property: Id(14)] string? WebhookUrl,
    [property: Id(15)] VideoFacts Video)
{
    /// <summary>When the finished job may be deleted (Retention:JobLifetime after it finished); null while it runs or when jobs are kept forever.</summary>
    [Id(16)] public DateTimeOffset? ExpiresAt { get; init; }
}
