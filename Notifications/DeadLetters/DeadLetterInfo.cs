namespace FaceClassifier.Notifications.DeadLetters;

/// <summary>The admin view of a dead letter: what failed, where to, and whether a replay just delivered it.</summary>
public sealed record DeadLetterInfo(
    string Id,
    Guid? JobId,
    string Kind,
    string Target,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    bool Replayed);
