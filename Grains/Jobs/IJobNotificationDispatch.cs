namespace FaceClassifier.Jobs;

/// <summary>Hands a finished job's notifications on: sent now (embedded), or as an event on the output queue (SQS).</summary>
public interface IJobNotificationDispatch
{
    /// <summary>Sends, or queues, what the job still has to notify; duplicates are harmless (the job mails each address once).</summary>
    Task DispatchAsync(IJobNotifications job, CancellationToken cancellationToken);
}
