using FaceClassifier.Metrics;
using FaceClassifier.Tests.Hosting;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Grains.Metrics;

/// <summary>The statistics grain in a silo: one-way reports, repeated ones change nothing, the counts persist.</summary>
[Trait("Kind", "integration")]
[Collection(MetricsHostCollection.Name)]
public sealed class JobStatisticsGrainTests(MetricsHost host)
{
    [Fact]
    public async Task The_counts_stay_right_when_the_same_transition_is_reported_twice()
    {
        // A key of its own: key 0 counts the host's real jobs.
        var grain = host.Grains.GetGrain<IJobStatisticsGrain>(Random.Shared.NextInt64(1, long.MaxValue));
        var job = Guid.NewGuid();
        var other = Guid.NewGuid();

        await grain.ReportAsync(new JobPhaseChange(job, null, JobPhase.Queued));
        await grain.ReportAsync(new JobPhaseChange(job, JobPhase.Queued, JobPhase.Processing));
        await grain.ReportAsync(new JobPhaseChange(job, JobPhase.Queued, JobPhase.Processing));
        await grain.ReportAsync(new JobPhaseChange(job, JobPhase.Processing, JobPhase.Completed));
        await grain.ReportAsync(new JobPhaseChange(job, JobPhase.Processing, JobPhase.Completed));
        await grain.ReportAsync(new JobPhaseChange(job, null, JobPhase.Completed, Replay: true));

        // A last, different report: once it shows, every report before it has been applied.
        await grain.ReportAsync(new JobPhaseChange(other, null, JobPhase.Queued));
        var counts = await Poll.UntilAsync(
            async () => await grain.GetCountsAsync() is { Queued: 1 } c ? c : null, "the last report to be applied");

        Assert.Equal(new JobCounts(Queued: 1, Processing: 0, Completed: 1, Error: 0), counts);
    }

    [Fact]
    public async Task A_finished_job_that_is_deleted_leaves_the_counts()
    {
        var grain = host.Grains.GetGrain<IJobStatisticsGrain>(Random.Shared.NextInt64(1, long.MaxValue));
        var job = Guid.NewGuid();
        await grain.ReportAsync(new JobPhaseChange(job, null, JobPhase.Queued));
        await grain.ReportAsync(new JobPhaseChange(job, JobPhase.Queued, JobPhase.Error));
        await grain.ReportAsync(new JobPhaseChange(job, JobPhase.Error, JobPhase.Deleted));
        await grain.ReportAsync(new JobPhaseChange(job, JobPhase.Error, JobPhase.Deleted));
        await grain.ReportAsync(new JobPhaseChange(Guid.NewGuid(), null, JobPhase.Processing));

        var counts = await Poll.UntilAsync(
            async () => await grain.GetCountsAsync() is { Processing: 1 } c ? c : null, "the last report to be applied");

        Assert.Equal(new JobCounts(Queued: 0, Processing: 1, Completed: 0, Error: 0), counts);
    }
}
