namespace FaceClassifier.Metrics;

/// <summary>How much work waits in the job queue: the autoscaling signal.</summary>
public interface IWorkQueueBacklog
{
    /// <summary>Messages waiting (visible) and being worked on (in flight), summed over the work queues.</summary>
    Task<QueueBacklog> GetAsync(CancellationToken cancellationToken = default);
}

/// <summary>A reading of the queue: visible messages wait for a silo, in-flight ones are being processed.</summary>
public readonly record struct QueueBacklog(long Visible, long InFlight)
{
    public long Total => Visible + InFlight;
}
