using FaceClassifier.Jobs;

namespace FaceClassifier.Analysis;

/// <summary>What analysing a job's video produced: the result and the stored classified frame.</summary>
public sealed record AnalysisOutcome(JobResult Result, string? ImageKey);

/// <summary>Finished chunks of a running job, kept so that a resumed job does not redo them.</summary>
public interface IChunkCheckpoint
{
    Task<IReadOnlyCollection<ChunkResult>> LoadAsync();

    Task SaveAsync(ChunkResult chunk);
}

/// <summary>What the runner hands the analysis of its attempt: the checkpoint, and where progress and stage moves go (the runner tells the job).</summary>
public interface IAnalysisRun : IChunkCheckpoint
{
    /// <summary>Frames analysed so far by one chunk; best effort, never waits.</summary>
    void ReportProgress(int chunkIndex, int framesDone);

    /// <summary>Moves the job's stage forward (a refused move is logged by the job and changes nothing).</summary>
    Task AdvanceStageAsync(JobStage stage);
}

/// <summary>Turns a job's video into its result and classified frame.</summary>
public interface IJobAnalysis
{
    Task<AnalysisOutcome> AnalyzeAsync(JobWork work, IAnalysisRun run, CancellationToken cancellationToken);
}
