namespace FaceClassifier.Jobs.Index;

/// <summary>What the jobs list shows of one job. <see cref="People"/> holds the names of the people found, at most <see cref="MaxPeople"/>.</summary>
public sealed record JobIndexEntry(
    Guid JobId, string Name, JobStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, IReadOnlyList<string> People)
{
    /// <summary>Keeps every entry small whatever the video holds.</summary>
    public const int MaxPeople = 100;

    public JobIndexPosition Position => new(CreatedAt.UtcTicks, JobId);

    /// <summary>The entry of a job in <paramref name="state"/>.</summary>
    public static JobIndexEntry Of(Guid jobId, JobState state) => new(
        jobId,
        state.Name,
        state.Status,
        state.CreatedAt,
        state.CompletedAt,
        [.. (state.Result?.People ?? []).Select(p => p.Name).Take(MaxPeople)]);

    /// <summary>Value equality, the names compared in order (a record compares lists by reference).</summary>
    public bool SameAs(JobIndexEntry? other) =>
        other is not null && (JobId, Name, Status, CreatedAt, CompletedAt) == (other.JobId, other.Name, other.Status, other.CreatedAt, other.CompletedAt)
        && People.SequenceEqual(other.People, StringComparer.Ordinal);
}
