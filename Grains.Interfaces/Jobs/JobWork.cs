namespace FaceClassifier.Jobs;

/// <summary>What a runner must do for a job it was woken for.</summary>
[GenerateSerializer, Alias("fc.JobWorkKind")]
public enum JobWorkKind
{
    /// <summary>Analyse the video, then notify.</summary>
    Analyse = 0,

    /// <summary>The job is finished; only notifications are outstanding.</summary>
    NotifyOnly = 1,
}

/// <summary>A runner's work order, handed out by the job grain.</summary>
[GenerateSerializer, Alias("fc.JobWork")]
public sealed record JobWork(
    [property: Id(0)] Guid JobId,
    [property: Id(1)] JobWorkKind Kind,
    [property: Id(2)] string VideoKey,
    [property: Id(3)] VideoFacts Video,
    [property: Id(4)] int Attempt);

/// <summary>One email the job grain asks the notifier to send; the grain has marked it in flight.</summary>
[GenerateSerializer, Alias("fc.EmailTask")]
public sealed record EmailTask([property: Id(0)] string Email, [property: Id(1)] JobSnapshot Job);

/// <summary>The job's webhook call the grain asks the notifier to make.</summary>
[GenerateSerializer, Alias("fc.WebhookTask")]
public sealed record WebhookTask([property: Id(0)] string? Url, [property: Id(1)] JobSnapshot Job);

/// <summary>The message on the work stream that wakes a job's runner.</summary>
[GenerateSerializer, Alias("fc.JobWorkItem")]
public sealed record JobWorkItem([property: Id(0)] Guid JobId, [property: Id(1)] string Reason);
