using Orleans.Concurrency;

namespace FaceClassifier.Jobs;

/// <summary>The runner's view of one job (same Guid): attempts, progress, stages and the outcome.</summary>
public interface IJobRun : IGrainWithGuidKey
{
    /// <summary>Starts an attempt and says what to do, or null when nothing is outstanding.</summary>
    Task<JobWork?> BeginRunAsync();

    /// <summary>Frames analysed so far by one chunk (best effort, not persisted on every call).</summary>
    [OneWay]
    Task ReportProgressAsync(int chunkIndex, int framesDone);

    /// <summary>Moves the stage forward; false when the move is not allowed.</summary>
    Task<bool> AdvanceStageAsync(JobStage stage);

    /// <summary>Stores the result and marks the job completed; false when it is already terminal otherwise.</summary>
    Task<bool> CompleteAsync(JobResult result, string? imageKey);

    /// <summary>Marks the job failed with a user-readable message; false when already terminal otherwise.</summary>
    Task<bool> FailAsync(string message);

    /// <summary>An attempt broke unexpectedly; the job retries later or fails after its last attempt.</summary>
    Task ReportAttemptFailedAsync(string message);

    /// <summary>The runner's silo is stopping and hands the attempt back unfinished; it does not count against the job's attempts.</summary>
    Task YieldAttemptAsync();
}
