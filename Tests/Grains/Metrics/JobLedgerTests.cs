using FaceClassifier.Metrics;

namespace FaceClassifier.Tests.Grains.Metrics;

/// <summary>The ledger's rules: phases only move forward, replays repair lost reports, closed jobs are remembered in a window.</summary>
[Trait("Kind", "unit")]
public sealed class JobLedgerTests
{
    private readonly JobStatisticsState _state = new();

    [Fact]
    public void A_job_moves_through_its_phases_and_repeats_change_nothing()
    {
        var job = Guid.NewGuid();
        Assert.True(Apply(job, null, JobPhase.Queued));
        Assert.False(Apply(job, null, JobPhase.Queued));
        Assert.True(Apply(job, JobPhase.Queued, JobPhase.Processing));
        Assert.Equal(new JobCounts(0, 1, 0, 0), _state.Counts);
        Assert.False(Apply(job, JobPhase.Queued, JobPhase.Processing));
        Assert.True(Apply(job, JobPhase.Processing, JobPhase.Completed));
        Assert.False(Apply(job, JobPhase.Processing, JobPhase.Completed));
        Assert.Equal(new JobCounts(0, 0, 1, 0), _state.Counts);
        Assert.True(Apply(job, JobPhase.Completed, JobPhase.Deleted));
        Assert.False(Apply(job, JobPhase.Completed, JobPhase.Deleted));
        Assert.Equal(JobCounts.Zero, _state.Counts);
    }

    [Fact]
    public void A_report_overtaken_by_a_later_one_is_ignored()
    {
        var job = Guid.NewGuid();
        Apply(job, null, JobPhase.Queued);
        Apply(job, JobPhase.Processing, JobPhase.Error);
        Assert.False(Apply(job, JobPhase.Queued, JobPhase.Processing));
        Assert.False(Apply(job, JobPhase.Processing, JobPhase.Completed));
        Assert.Equal(new JobCounts(0, 0, 0, 1), _state.Counts);
    }

    [Fact]
    public void A_replay_repairs_a_lost_report_but_never_counts_a_closed_job_twice()
    {
        var lostFinish = Guid.NewGuid();
        Apply(lostFinish, null, JobPhase.Queued);
        Assert.True(_state.Last.ContainsKey(lostFinish));
        Assert.True(Apply(lostFinish, null, JobPhase.Completed, replay: true));

        var lostSubmit = Guid.NewGuid();
        Assert.True(Apply(lostSubmit, null, JobPhase.Processing, replay: true));

        // Closed and unknown: counted already (then forgotten) or never seen; either way it stays as it is.
        Assert.False(Apply(Guid.NewGuid(), null, JobPhase.Error, replay: true));
        Assert.Equal(new JobCounts(0, 1, 1, 0), _state.Counts);
    }

    [Fact]
    public void Only_the_last_closed_jobs_are_remembered_and_open_ones_always()
    {
        var open = Guid.NewGuid();
        Apply(open, null, JobPhase.Processing);
        var closed = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        foreach (var job in closed)
        {
            Apply(job, null, JobPhase.Queued);
            Apply(job, JobPhase.Queued, JobPhase.Completed, keepClosed: 3);
        }

        Assert.Equal(closed[2..], _state.Closed);
        Assert.Equal(new HashSet<Guid>([open, .. closed[2..]]), _state.Last.Keys.ToHashSet());
        Assert.Equal(new JobCounts(0, 1, 5, 0), _state.Counts);

        // A forgotten finished job is deleted: the job's previous phase says where it was counted.
        Assert.True(Apply(closed[0], JobPhase.Completed, JobPhase.Deleted, keepClosed: 3));
        Assert.Equal(new JobCounts(0, 1, 4, 0), _state.Counts);
        Assert.Equal([closed[3], closed[4], closed[0]], _state.Closed);
    }

    [Fact]
    public void A_report_leaving_an_open_phase_the_ledger_never_saw_is_counted_once()
    {
        var job = Guid.NewGuid();
        Assert.True(Apply(job, JobPhase.Queued, JobPhase.Processing));
        Assert.Equal(new JobCounts(0, 1, 0, 0), _state.Counts);
    }

    private bool Apply(Guid job, JobPhase? previous, JobPhase current, bool replay = false, int keepClosed = 100) =>
        JobLedger.Apply(_state, new JobPhaseChange(job, previous, current, replay), keepClosed);
}
