namespace FaceClassifier.Notifications.DeadLetters;

/// <summary>A notification that failed after its retries.</summary>
public sealed record DeadLetterInfo(
    string Id,
    Guid? JobId,
    string Kind,
    string Target,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    bool Replayed);

/// <summary>What replaying a dead letter did.</summary>
public enum ReplayResult
{
    NotFound,
    Delivered,
    StillFailing,
}

/// <summary>Lists and replays dead-lettered notifications (the admin endpoints).</summary>
public interface IDeadLetterAdmin
{
    Task<IReadOnlyList<DeadLetterInfo>> ListAsync(CancellationToken cancellationToken);

    Task<(ReplayResult Result, DeadLetterInfo? Letter)> ReplayAsync(string id, CancellationToken cancellationToken);
}
