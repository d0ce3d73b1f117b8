using FaceClassifier.Metrics;

namespace FaceClassifier.Jobs;

/// <summary>Which lifecycle moves are allowed (stages only go forward; a terminal status never changes), and the phase the metrics count a job in.</summary>
public static class JobTransitions
{
    /// <summary>True when the stage may move from <paramref name="from"/> to <paramref name="to"/> (staying put is a no-op, not a move).</summary>
    public static bool CanAdvance(JobStatus status, JobStage from, JobStage to)
    {
        if (to <= from)
        {
            return false;
        }

        // While processing, the notifying and done stages belong to the end of the job.
        return status != JobStatus.Processing || to <= JobStage.Rendering;
    }

    /// <summary>True when the status may move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanFinish(JobStatus from, JobStatus to) =>
        from == JobStatus.Processing && to is JobStatus.Completed or JobStatus.Error;

    /// <summary>The phase the job statistics count <paramref name="state"/> in: its status, with processing split by whether a run has begun.</summary>
    public static JobPhase PhaseOf(JobState state) => state switch
    {
        { Deleted: true } => JobPhase.Deleted,
        { Status: JobStatus.Completed } => JobPhase.Completed,
        { Status: JobStatus.Error } => JobPhase.Error,
        { Stage: JobStage.Queued } => JobPhase.Queued,
        _ => JobPhase.Processing,
    };
}
