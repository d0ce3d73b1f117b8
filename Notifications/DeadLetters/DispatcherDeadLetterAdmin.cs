using FaceClassifier.Notifications;
using FaceClassifier.Notifications.DeadLetters.Files;
using FaceClassifier.Notifications.Jobs;

namespace FaceClassifier.Notifications.DeadLetters;

/// <summary>The admin view of the dead-letter store, over <see cref="INotificationDispatcher"/>.</summary>
internal sealed class DispatcherDeadLetterAdmin(INotificationDispatcher dispatcher) : IDeadLetterAdmin
{
    public async Task<IReadOnlyList<DeadLetterInfo>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await dispatcher.ListDeadLettersAsync(cancellationToken)).Select(l => Info(l, replayed: false))];

    public async Task<(ReplayResult Result, DeadLetterInfo? Letter)> ReplayAsync(string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var letterId))
        {
            return (ReplayResult.NotFound, null);
        }

        var before = (await dispatcher.ListDeadLettersAsync(cancellationToken)).FirstOrDefault(l => l.Id == letterId);
        var replay = await dispatcher.ReplayAsync(letterId, cancellationToken);
        return replay.Status switch
        {
            ReplayStatus.Delivered => (ReplayResult.Delivered, before is null ? null : Info(before, replayed: true)),
            ReplayStatus.NotFound => (ReplayResult.NotFound, null),
            _ => (ReplayResult.StillFailing, replay.DeadLetter is { } letter ? Info(letter, replayed: false) : before is null ? null : Info(before, replayed: false)),
        };
    }

    private static DeadLetterInfo Info(DeadLetter letter, bool replayed) => new(
        letter.Id.ToString(),
        letter.JobId,
        letter.Kind == NotificationKind.Email ? "email" : "webhook",
        letter.Target,
        letter.Attempts,
        letter.LastError,
        letter.FirstFailedAt,
        replayed);
}
