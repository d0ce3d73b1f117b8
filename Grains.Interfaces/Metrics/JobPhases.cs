namespace FaceClassifier.Metrics;

/// <summary>A job's phase as the metrics count it: its status, with processing split by whether a run has begun.</summary>
[GenerateSerializer, Alias("fc.JobPhase")]
public enum JobPhase
{
    /// <summary>Submitted; no runner has begun it yet.</summary>
    Queued = 0,

    /// <summary>A runner began an attempt; still processing.</summary>
    Processing = 1,

    Completed = 2,

    Error = 3,

    /// <summary>Deleted: counted nowhere any more.</summary>
    Deleted = 4,
}

/// <summary>One job's move from <see cref="Previous"/> (null for a new job) to <see cref="Current"/>.</summary>
/// <param name="Replay">Sent again on activation in case the first report was lost: it only moves a job the ledger holds as open.</param>
[GenerateSerializer, Alias("fc.JobPhaseChange")]
public sealed record JobPhaseChange(
    [property: Id(0)] Guid JobId,
    [property: Id(1)] JobPhase? Previous,
    [property: Id(2)] JobPhase Current,
    [property: Id(3)] bool Replay = false);

/// <summary>Jobs per phase, deleted ones left out.</summary>
[GenerateSerializer, Alias("fc.JobCounts")]
public sealed record JobCounts(
    [property: Id(0)] long Queued,
    [property: Id(1)] long Processing,
    [property: Id(2)] long Completed,
    [property: Id(3)] long Error)
{
    public static readonly JobCounts Zero = new(0, 0, 0, 0);
}
