namespace FaceClassifier.Jobs;

/// <summary>Runs one job's pipeline; woken by the job work stream (same Guid as the job).</summary>
public interface IJobRunnerGrain : IGrainWithGuidKey
{
    /// <summary>True while an attempt is running in this activation.</summary>
    Task<bool> IsRunningAsync();

    /// <summary>Stops any running attempt and deletes its checkpointed chunks (they hold descriptors).</summary>
    Task ForgetAsync();
}
