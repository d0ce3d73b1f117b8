namespace FaceClassifier.Notifications.DeadLetters;

/// <summary>Lists and replays dead-lettered notifications (the admin endpoints), keeping the jobs' records in step.</summary>
public interface IDeadLetterAdmin
{
    /// <summary>All dead letters, oldest first.</summary>
    Task<IReadOnlyList<DeadLetterInfo>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Replays one dead letter; a delivered mail is also recorded with its job. The letter is null when
    /// no dead letter has this id.</summary>
    Task<(ReplayStatus Status, DeadLetterInfo? Letter)> ReplayAsync(string id, CancellationToken cancellationToken);
}
