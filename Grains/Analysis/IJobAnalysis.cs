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

/// <summary>Turns a job's video into its result and classified frame.</summary>
public interface IJobAnalysis
{
    Task<AnalysisOutcome> AnalyzeAsync(JobWork work, IChunkCheckpoint checkpoint, CancellationToken cancellationToken);
}
