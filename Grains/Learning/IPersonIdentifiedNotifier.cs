namespace FaceClassifier.Learning;

/// <summary>Tells a third party that a person was found in a stored job they were not yet known in (the
/// <c>person.identified</c> webhook event), whether the job is new or was processed before the person was enrolled.</summary>
public interface IPersonIdentifiedNotifier
{
    /// <summary>Sends one event per new appearance; does nothing when the event is not enabled.</summary>
    Task NotifyAsync(Guid personId, string name, IReadOnlyList<JobAppearance> appearances, CancellationToken cancellationToken);
}
