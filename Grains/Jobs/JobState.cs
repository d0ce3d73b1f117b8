namespace FaceClassifier.Jobs;

/// <summary>A job's durable state.</summary>
[GenerateSerializer, Alias("fc.JobState")]
public sealed record JobState
{
    /// <summary>A tombstone: the job was deleted and keeps no personal data.</summary>
    [Id(0)] public bool Deleted { get; init; }

    [Id(1)] public string Name { get; init; } = "";

    [Id(2)] public string Email { get; init; } = "";

    [Id(3)] public string VideoKey { get; init; } = "";

    [Id(4)] public VideoFacts? Video { get; init; }

    [Id(5)] public string? WebhookUrl { get; init; }

    [Id(6)] public DateTimeOffset CreatedAt { get; init; }

    [Id(7)] public DateTimeOffset? CompletedAt { get; init; }

    [Id(8)] public JobStatus Status { get; init; }

    [Id(9)] public JobStage Stage { get; init; }

    [Id(10)] public string? Error { get; init; }

    /// <summary>Runs started so far (restarts and retries included).</summary>
    [Id(11)] public int Attempts { get; init; }

    [Id(12)] public JobResult? Result { get; init; }

    [Id(13)] public string? ImageKey { get; init; }

    [Id(14)] public int FramesTotal { get; init; }

    [Id(15)] public int FramesDone { get; init; }

    [Id(16)] public MailLedger Mail { get; init; } = new();

    [Id(17)] public WebhookState Webhook { get; init; }

    /// <summary>When the pending webhook call was claimed; it is in flight for Jobs:NotificationLease after that.</summary>
    [Id(18)] public DateTimeOffset? WebhookClaimedAt { get; init; }

    public bool IsTerminal => Status is JobStatus.Completed or JobStatus.Error;
}

/// <summary>Which addresses were mailed, and the notification state the PUT guard reports.</summary>
[GenerateSerializer, Alias("fc.MailLedger")]
public sealed record MailLedger
{
    /// <summary>The first address the notification was sent to.</summary>
    [Id(0)] public string? FirstAddress { get; init; }

    /// <summary>Every address that got its one automatic send, delivered or dead-lettered.</summary>
    [Id(1)] public IReadOnlyList<MailRecord> Sent { get; init; } = [];

    [Id(2)] public NotificationState State { get; init; }

    /// <summary>
    /// The send claimed and not reported yet. Kept with the state, so a job activated again elsewhere (its silo stopped)
    /// does not hand the same address out a second time while the first send may still be going out.
    /// </summary>
    [Id(3)] public MailClaim? InFlight { get; init; }
}

/// <summary>An address claimed by the notifier, and when.</summary>
[GenerateSerializer, Alias("fc.MailClaim")]
public sealed record MailClaim([property: Id(0)] string Email, [property: Id(1)] DateTimeOffset Since);

/// <summary>One address's send and whether it was delivered.</summary>
[GenerateSerializer, Alias("fc.MailRecord")]
public sealed record MailRecord([property: Id(0)] string Email, [property: Id(1)] bool Delivered);
