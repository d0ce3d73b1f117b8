using FaceClassifier.Jobs;

namespace FaceClassifier.Notifications.Jobs;

/// <summary>Notifies in the runner's own run, through <see cref="JobNotifier"/> (the embedded default).</summary>
public sealed class InlineNotificationDispatch(JobNotifier notifier) : IJobNotificationDispatch
{
    public Task DispatchAsync(IJobNotifications job, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(job, cancellationToken);
}
