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

    [Fact]
    public void Any_arrival_order_of_the_same_reports_gives_the_same_counts()
    {
        var reports = new List<JobPhaseChange>();
        void Job(params (JobPhase? Previous, JobPhase Current, bool Replay)[] moves)
        {
            var id = Guid.NewGuid();
            reports.AddRange(moves.Select(m => new JobPhaseChange(id, m.Previous, m.Current, m.Replay)));
        }

        // Completed, with repeats and a replay from a later activation.
        Job((null, JobPhase.Queued, false), (JobPhase.Queued, JobPhase.Processing, false), (JobPhase.Queued, JobPhase.Processing, false),
            (JobPhase.Processing, JobPhase.Completed, false), (JobPhase.Processing, JobPhase.Completed, false), (null, JobPhase.Completed, true));

        // Failed, then deleted (twice): a deletion may overtake the report that counted the job.
        Job((null, JobPhase.Queued, false), (JobPhase.Queued, JobPhase.Error, false),
            (JobPhase.Error, JobPhase.Deleted, false), (JobPhase.Error, JobPhase.Deleted, false));

        // Completed, then deleted.
        Job((null, JobPhase.Queued, false), (JobPhase.Queued, JobPhase.Processing, false),
            (JobPhase.Processing, JobPhase.Completed, false), (JobPhase.Completed, JobPhase.Deleted, false));

        // Deleted while processing.
        Job((null, JobPhase.Queued, false), (JobPhase.Queued, JobPhase.Processing, false), (JobPhase.Processing, JobPhase.Deleted, false));

        // Its first reports lost: only replays of processing.
        Job((null, JobPhase.Processing, true), (null, JobPhase.Processing, true));

        // Processing, with a replay.
        Job((null, JobPhase.Queued, false), (JobPhase.Queued, JobPhase.Processing, false), (null, JobPhase.Processing, true));

        // Failed, with a replay.
        Job((null, JobPhase.Queued, false), (JobPhase.Queued, JobPhase.Processing, false),
            (JobPhase.Processing, JobPhase.Error, false), (null, JobPhase.Error, true));

        // Still queued.
        Job((null, JobPhase.Queued, false));

        var expected = new JobCounts(Queued: 1, Processing: 2, Completed: 1, Error: 1);
        Assert.Equal(expected, CountsAfter(reports));

        var random = new Random(20240607);
        for (var i = 0; i < 2000; i++)
        {
            var shuffled = reports.ToArray();
            random.Shuffle(shuffled);
            Assert.Equal(expected, CountsAfter(shuffled));
        }
    }

    [Fact]
    public void A_deletion_that_overtakes_the_report_it_follows_leaves_the_other_jobs_counted()
    {
        var kept = Guid.NewGuid();
        var deleted = Guid.NewGuid();
        Apply(kept, JobPhase.Processing, JobPhase.Completed);
        Assert.True(Apply(deleted, JobPhase.Completed, JobPhase.Deleted));
        Assert.True(Apply(deleted, JobPhase.Processing, JobPhase.Completed));
        Assert.False(Apply(deleted, JobPhase.Processing, JobPhase.Completed));
        Assert.Equal(new JobCounts(0, 0, 1, 0), _state.Counts);
    }

    private static JobCounts CountsAfter(IEnumerable<JobPhaseChange> reports)
    {
        var state = new JobStatisticsState();
        foreach (var report in reports)
        {
            JobLedger.Apply(state, report, keepClosed: 100);
        }

        return state.Counts;
    }

    private bool Apply(Guid job, JobPhase? previous, JobPhase current, bool replay = false, int keepClosed = 100) =>
        JobLedger.Apply(_state, new JobPhaseChange(job, previous, current, replay), keepClosed);
}
