using FaceClassifier.Jobs.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Jobs.Retention;

/// <summary>
/// Deletes finished jobs past their keeping time, on a reminder: one grain for the cluster (key 0), so one sweeper. A
/// sweep keeps no cursor: it reads the job index from the newest job that can be due to the oldest, asks each due job to
/// delete itself (the job checks again and deletes as DELETE does), and stops at its budget. A crash mid-sweep loses
/// nothing; the next sweep reads the jobs still there.
/// </summary>
public sealed partial class RetentionSweeperGrain(
    IJobIndex index,
    IOptions<RetentionOptions> options,
    [FromKeyedServices(RetentionOptions.ClockKey)] TimeProvider clock,
    ILogger<RetentionSweeperGrain> logger) : Grain, IRetentionSweeperGrain, IRemindable
{
    private const string SweepReminder = "sweep";

    // Each deletion touches the blobs, the index, the stored-faces registry and the people's appearances: a few at a time.
    private const int Concurrency = 4;

    private RetentionOptions O => options.Value;

    public async Task StartAsync()
    {
        if (O.KeepsForever)
        {
            await StopAsync();
            return;
        }

        // Registering again would move the next tick: silos restarting more often than the interval would never sweep.
        if (await this.GetReminder(SweepReminder) is null)
        {
            await this.RegisterOrUpdateReminder(SweepReminder, O.SweepInterval, O.SweepInterval);
            LogStarted(logger, O.JobLifetime, O.SweepInterval);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != SweepReminder)
        {
            return;
        }

        if (O.KeepsForever)
        {
            await StopAsync();
            return;
        }

        if (status.Period != O.SweepInterval)
        {
            await this.RegisterOrUpdateReminder(SweepReminder, O.SweepInterval, O.SweepInterval);
        }

        await SweepNowAsync();
    }

    public async Task<RetentionSweep> SweepNowAsync()
    {
        if (O.KeepsForever)
        {
            return new RetentionSweep(0, 0, Complete: true);
        }

        var now = clock.GetUtcNow();
        var lifetime = O.JobLifetime;
        var budget = O.MaxDeletionsPerSweep;
        var (read, deleted) = (0, 0);

        // A job finishes after it is created, so only jobs created before now - lifetime can be due, and the index is in
        // creation order: start there (after a position no job has), not at the newest job.
        JobIndexPosition? after = new JobIndexPosition((now - lifetime).UtcTicks, Guid.Empty);
        while (after is not null)
        {
            var page = await index.ReadPageAsync(O.SweepPageSize, after);
            read += page.Jobs.Count;
            var due = page.Jobs.Where(j => JobRetention.IsExpired(JobRetention.ExpiresAt(j, lifetime), now)).ToList();
            foreach (var batch in due.Take(budget).Chunk(Concurrency))
            {
                var outcomes = await Task.WhenAll(batch.Select(entry => ExpireAsync(entry, now)));
                deleted += outcomes.Count(o => o == JobExpiry.Deleted);
            }

            if (due.Count >= budget)
            {
                var sweep = new RetentionSweep(read, deleted, Complete: due.Count == budget && page.Next is null);
                LogSwept(logger, sweep.Read, sweep.Deleted, sweep.Complete);
                return sweep;
            }

            budget -= due.Count;
            after = page.Next;
        }

        LogSwept(logger, read, deleted, true);
        return new RetentionSweep(read, deleted, Complete: true);
    }

    /// <summary>Asks one due job to delete itself; a failure is logged and left for the next sweep, so one job never blocks the rest.</summary>
    private async Task<JobExpiry?> ExpireAsync(JobIndexEntry entry, DateTimeOffset now)
    {
        try
        {
            var outcome = await GrainFactory.GetGrain<IJobRetention>(entry.JobId).ExpireAsync(now);
            if (outcome == JobExpiry.NotFound)
            {
                // An entry whose job is gone would be read at every sweep.
                await index.DeleteAsync(entry.Position);
            }

            return outcome;
        }
        catch (Exception exception)
        {
            LogExpiryFailed(logger, exception, entry.JobId);
            return null;
        }
    }

    private async Task StopAsync()
    {
        if (await this.GetReminder(SweepReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
            LogStopped(logger);
        }
    }
}
