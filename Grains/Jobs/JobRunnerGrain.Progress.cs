using FaceClassifier.Analysis;

namespace FaceClassifier.Jobs;

/// <summary>The analysis reports through its runner: progress and stage moves reach the job from here only.</summary>
public sealed partial class JobRunnerGrain : IAnalysisRun, IJobRunProgress
{
    public void ReportProgress(int chunkIndex, int framesDone) => _ = Job.ReportProgressAsync(chunkIndex, framesDone);

    public Task AdvanceStageAsync(JobStage stage) => Job.AdvanceStageAsync(stage);

    public Task ReportProgressAsync(int chunkIndex, int framesDone) => Job.ReportProgressAsync(chunkIndex, framesDone);
}
