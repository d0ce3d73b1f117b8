using FaceClassifier.Jobs;
using FaceClassifier.Metrics;

namespace FaceClassifier.Tests.Grains.Jobs;

[Trait("Kind", "unit")]
public sealed class JobTransitionsTests
{
    [Theory]
    [InlineData(JobStatus.Processing, JobStage.Queued, JobStage.Extracting, true)]
    [InlineData(JobStatus.Processing, JobStage.Queued, JobStage.Rendering, true)]
    [InlineData(JobStatus.Processing, JobStage.Analysing, JobStage.Extracting, false)]
    [InlineData(JobStatus.Processing, JobStage.Analysing, JobStage.Analysing, false)]
    [InlineData(JobStatus.Processing, JobStage.Rendering, JobStage.Notifying, false)]
    [InlineData(JobStatus.Processing, JobStage.Rendering, JobStage.Done, false)]
    [InlineData(JobStatus.Completed, JobStage.Notifying, JobStage.Done, true)]
    [InlineData(JobStatus.Completed, JobStage.Done, JobStage.Notifying, false)]
    [InlineData(JobStatus.Error, JobStage.Notifying, JobStage.Done, true)]
    [InlineData(JobStatus.Error, JobStage.Notifying, JobStage.Queued, false)]
    public void Stages_only_move_forward(JobStatus status, JobStage from, JobStage to, bool allowed) =>
        Assert.Equal(allowed, JobTransitions.CanAdvance(status, from, to));

    [Theory]
    [InlineData(JobStatus.Processing, JobStatus.Completed, true)]
    [InlineData(JobStatus.Processing, JobStatus.Error, true)]
    [InlineData(JobStatus.Processing, JobStatus.Processing, false)]
    [InlineData(JobStatus.Completed, JobStatus.Error, false)]
    [InlineData(JobStatus.Completed, JobStatus.Processing, false)]
    [InlineData(JobStatus.Error, JobStatus.Completed, false)]
    [InlineData(JobStatus.Error, JobStatus.Processing, false)]
    public void Terminal_statuses_are_final(JobStatus from, JobStatus to, bool allowed) =>
        Assert.Equal(allowed, JobTransitions.CanFinish(from, to));

    [Fact]
    public void The_api_strings_are_exact()
    {
        Assert.Equal(["processing", "completed", "error"], Enum.GetValues<JobStatus>().Select(JobText.Status));
        Assert.Equal(["queued", "extracting", "analysing", "rendering", "notifying", "done"], Enum.GetValues<JobStage>().Select(JobText.Stage));
        Assert.Equal(["pending", "notified", "notified to new email", "failed"], Enum.GetValues<NotificationState>().Select(JobText.Notification));
    }

    [Theory]
    [InlineData(false, JobStatus.Processing, JobStage.Queued, JobPhase.Queued)]
    [InlineData(false, JobStatus.Processing, JobStage.Extracting, JobPhase.Processing)]
    [InlineData(false, JobStatus.Processing, JobStage.Rendering, JobPhase.Processing)]
    [InlineData(false, JobStatus.Completed, JobStage.Notifying, JobPhase.Completed)]
    [InlineData(false, JobStatus.Error, JobStage.Queued, JobPhase.Error)]
    [InlineData(true, JobStatus.Completed, JobStage.Done, JobPhase.Deleted)]
    public void The_metrics_phase_follows_the_lifecycle(bool deleted, JobStatus status, JobStage stage, JobPhase phase) =>
        Assert.Equal(phase, JobTransitions.PhaseOf(new JobState { Deleted = deleted, Status = status, Stage = stage }));
}
