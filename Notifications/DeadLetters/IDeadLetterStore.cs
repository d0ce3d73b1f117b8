namespace FaceClassifier.Notifications.DeadLetters;

/// <summary>Durable store of notifications that could not be delivered.</summary>
public interface IDeadLetterStore
{
    /// <summary>Adds or replaces a dead letter.</summary>
    Task SaveAsync(DeadLetter deadLetter, CancellationToken cancellationToken = default);

    /// <summary>The dead letter with this id, or null.</summary>
    Task<DeadLetter?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>All dead letters, oldest failure first.</summary>
    Task<IReadOnlyList<DeadLetter>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes a dead letter; false when there was none.</summary>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
