using FaceClassifier.Jobs;

namespace FaceClassifier.Notifications.DeadLetters;

/// <summary>The admin view of the dead-letter store, over <see cref="INotificationDispatcher"/>; tells the job
/// when a replay delivered its mail.</summary>
internal sealed class DeadLetterAdmin(INotificationDispatcher dispatcher, IGrainFactory grains) : IDeadLetterAdmin
{
    public async Task<IReadOnlyList<DeadLetterInfo>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await dispatcher.ListDeadLettersAsync(cancellationToken)).Select(l => Info(l, replayed: false))];

    public async Task<(ReplayStatus Status, DeadLetterInfo? Letter)> ReplayAsync(string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var letterId))
        {
            return (ReplayStatus.NotFound, null);
        }

        var before = (await dispatcher.ListDeadLettersAsync(cancellationToken)).FirstOrDefault(l => l.Id == letterId);
        var replay = await dispatcher.ReplayAsync(letterId, cancellationToken);
        if (replay.Status == ReplayStatus.Delivered && before is { Kind: NotificationKind.Email })
        {
            await grains.GetGrain<IJobNotifications>(before.JobId).RecordReplayedEmailAsync(before.Target);
        }

        return replay.Status switch
        {
            ReplayStatus.Delivered => (replay.Status, before is null ? null : Info(before, replayed: true)),
            ReplayStatus.NotFound => (replay.Status, null),
            _ => (replay.Status, replay.DeadLetter is { } letter ? Info(letter, replayed: false) : before is null ? null : Info(before, replayed: false)),
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
