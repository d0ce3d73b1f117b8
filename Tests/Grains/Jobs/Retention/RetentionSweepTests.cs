using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Jobs;
using FaceClassifier.Jobs.Index;
using FaceClassifier.Jobs.Retention;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace FaceClassifier.Tests.Grains.Jobs.Retention;

/// <summary>
/// The sweep on a silo of its own (its job index holds only this test's jobs): pages of 2 entries, at most 3 deletions per
/// sweep, "now" from a fake clock; the jobs themselves carry real times.
/// </summary>
[Trait("Kind", "integration")]
public sealed class RetentionSweepTests : IAsyncLifetime
{
    private readonly string _data = TestAssets.TempDirectory();
    private readonly ScriptedJobAnalysis _analysis = new();
    private readonly RecordingNotificationChannel _channel = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private InProcessTestCluster? _cluster;

    private IClusterClient Client => _cluster!.Client;

    private IRetentionSweeperGrain Sweeper => Client.GetGrain<IRetentionSweeperGrain>(0);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task A_backlog_is_deleted_a_bounded_number_per_sweep_page_by_page_and_unfinished_or_younger_jobs_stay()
    {
        await StartAsync(lifetime: "30.00:00:00");
        var index = _cluster!.Silos[0].ServiceProvider.GetRequiredService<IJobIndex>();
        // An entry whose job is gone, older than every job: the sweep drops it instead of reading it at every sweep.
        var orphan = new JobIndexEntry(Guid.NewGuid(), "gone", JobStatus.Completed, _clock.GetUtcNow().AddDays(-90), _clock.GetUtcNow().AddDays(-90), []);
        await index.PutAsync(orphan);
        var processing = Guid.NewGuid();
        var held = _analysis.For(processing).Hold();
        await Client.GetGrain<IClassificationJob>(processing).SubmitAsync(TestJobs.Submission(processing));
        await held.Started.Task.WaitAsync(Poll.DefaultTimeout);
        var old = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var id = Guid.NewGuid();
            if (i == 2)
            {
                _analysis.For(id).Failure = new InvalidVideoException("the video has no decodable frames");
            }

            await FinishAsync(id);
            old.Add(id);
        }

        var young = await FinishAsync(Guid.NewGuid());
        Assert.Equal(JobStatus.Error, (await Client.GetGrain<IClassificationJob>(old[2]).GetAsync())!.Status);
        Assert.Equal(young.CompletedAt + TimeSpan.FromDays(30), young.ExpiresAt);
        Assert.Equal(young.ExpiresAt, Assert.Single(_channel.EmailsFor(young.Id)).Job.ExpiresAt);

        // The young job is exactly at its keeping time: kept; everything finished before it is past it.
        _clock.SetUtcNow(young.ExpiresAt!.Value);
        Assert.Equal((3, false), Shape(await Sweeper.SweepNowAsync()));
        Assert.Equal(old[3..], await GoneAsync(old));
        Assert.Equal((3, false), Shape(await Sweeper.SweepNowAsync()));
        Assert.Equal((0, true), Shape(await Sweeper.SweepNowAsync()));
        Assert.Equal(old, await GoneAsync(old));
        Assert.Equal([young.Id, processing], await ListedAsync(index));

        _clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal((1, true), Shape(await Sweeper.SweepNowAsync()));
        Assert.Null(await Client.GetGrain<IClassificationJob>(young.Id).GetAsync());
        Assert.Equal([processing], await ListedAsync(index));

        _clock.Advance(TimeSpan.FromDays(3650));
        Assert.Equal((0, true), Shape(await Sweeper.SweepNowAsync()));
        var stillRunning = await Client.GetGrain<IClassificationJob>(processing).GetAsync();
        Assert.Equal((JobStatus.Processing, null), (stillRunning!.Status, stillRunning.ExpiresAt));
        held.Release.SetResult();
        await TestJobs.WaitForDoneAsync(Client, processing);
    }

    [Fact]
    public async Task The_sweeper_keeps_a_reminder_at_the_interval_and_a_second_start_keeps_it()
    {
        await StartAsync(lifetime: "30.00:00:00");
        var table = _cluster!.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>();
        var first = Assert.Single((await table.ReadRows(Sweeper.GetGrainId())).Reminders);

        await Sweeper.StartAsync();

        var second = Assert.Single((await table.ReadRows(Sweeper.GetGrainId())).Reminders);
        Assert.Equal(("sweep", TimeSpan.FromHours(1)), (first.ReminderName, first.Period));
        Assert.Equal((first.StartAt, first.ETag), (second.StartAt, second.ETag));
    }

    [Fact]
    public async Task A_zero_lifetime_keeps_every_job_forever_and_no_sweep_runs()
    {
        await StartAsync(lifetime: "00:00:00");
        var done = await FinishAsync(Guid.NewGuid());

        _clock.Advance(TimeSpan.FromDays(36_500));

        Assert.Null(done.ExpiresAt);
        Assert.Equal(new RetentionSweep(0, 0, true), await Sweeper.SweepNowAsync());
        Assert.NotNull(await Client.GetGrain<IClassificationJob>(done.Id).GetAsync());
        Assert.Empty((await _cluster!.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>().ReadRows(Sweeper.GetGrainId())).Reminders);
    }

    private async Task StartAsync(string lifetime) =>
        _cluster = await ServiceCluster.StartAsync(
            _data,
            _analysis,
            _channel,
            $"retention-{Guid.NewGuid():N}",
            new Dictionary<string, string?>
            {
                ["Retention:JobLifetime"] = lifetime,
                ["Retention:SweepPageSize"] = "2",
                ["Retention:MaxDeletionsPerSweep"] = "3",
            },
            services => services.AddKeyedSingleton<TimeProvider>(RetentionOptions.ClockKey, _clock));

    private async Task<JobSnapshot> FinishAsync(Guid id)
    {
        await Client.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));
        return await TestJobs.WaitForDoneAsync(Client, id);
    }

    /// <summary>Those of <paramref name="ids"/> that are gone, in their order.</summary>
    private async Task<List<Guid>> GoneAsync(List<Guid> ids)
    {
        var gone = new List<Guid>();
        foreach (var id in ids)
        {
            if (await Client.GetGrain<IClassificationJob>(id).GetAsync() is null)
            {
                gone.Add(id);
            }
        }

        return gone;
    }

    private static async Task<List<Guid>> ListedAsync(IJobIndex index) => [.. (await index.ReadPageAsync(100, null)).Jobs.Select(j => j.JobId)];

    private static (int Deleted, bool Complete) Shape(RetentionSweep sweep) => (sweep.Deleted, sweep.Complete);
}
