using FaceClassifier.Jobs.Index;

namespace FaceClassifier.Jobs.Retention;

/// <summary>Until when a job is kept: <see cref="RetentionOptions.JobLifetime"/> after it finished, once it has.</summary>
public static class JobRetention
{
    /// <summary>The moment after which the job may be deleted; null while it runs or when <paramref name="lifetime"/> is zero (kept forever).</summary>
    public static DateTimeOffset? ExpiresAt(JobStatus status, DateTimeOffset createdAt, DateTimeOffset? completedAt, TimeSpan lifetime) =>
        lifetime > TimeSpan.Zero && status is JobStatus.Completed or JobStatus.Error ? (completedAt ?? createdAt) + lifetime : null;

    public static DateTimeOffset? ExpiresAt(JobState state, TimeSpan lifetime) =>
        ExpiresAt(state.Status, state.CreatedAt, state.CompletedAt, lifetime);

    public static DateTimeOffset? ExpiresAt(JobIndexEntry entry, TimeSpan lifetime) =>
        ExpiresAt(entry.Status, entry.CreatedAt, entry.CompletedAt, lifetime);

    /// <summary>Kept until <paramref name="expiresAt"/> inclusive; deleted at any time after it.</summary>
    public static bool IsExpired(DateTimeOffset? expiresAt, DateTimeOffset now) => expiresAt < now;
}
