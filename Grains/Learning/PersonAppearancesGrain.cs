using FaceClassifier.Gallery;
using FaceClassifier.Storage;
using Microsoft.Extensions.Logging;

namespace FaceClassifier.Learning;

/// <summary>
/// Keeps one person's appearances (same Guid as the person): a full scan of the registered jobs when the person's
/// photos or name change, a one-job scan when a job finishes or one of its faces is named or rejected. Requests only
/// mark work as due; one non-interleaving timer does it, so a burst of requests (an import) costs one scan.
/// </summary>
public sealed partial class PersonAppearancesGrain(
    [PersistentState("appearances", StorageNames.Gallery)] IPersistentState<PersonAppearancesState> state,
    AppearanceScan scan,
    IGallery gallery,
    IPersonIdentifiedNotifier identified,
    TimeProvider time,
    ILogger<PersonAppearancesGrain> logger) : Grain, IPersonAppearancesGrain
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);

    private readonly HashSet<Guid> _jobsDue = [];
    private bool _refreshDue;
    private IGrainTimer? _timer;

    private Guid PersonId => this.GetPrimaryKey();

    private IStoredFacesRegistryGrain Registry => GrainFactory.GetGrain<IStoredFacesRegistryGrain>(0);

    private bool Due => _refreshDue || _jobsDue.Count > 0;

    public async Task<AppearancesSnapshot> GetAsync()
    {
        if (state.State.RefreshedAt is null)
        {
            Schedule(full: true);
        }

        return await SnapshotAsync();
    }

    public Task RequestRefreshAsync()
    {
        Schedule(full: true);
        return Task.CompletedTask;
    }

    public async Task<AppearancesSnapshot> RefreshNowAsync()
    {
        await RefreshAsync();
        return await SnapshotAsync();
    }

    public Task UpdateJobAsync(Guid jobId)
    {
        _jobsDue.Add(jobId);
        Schedule(full: false);
        return Task.CompletedTask;
    }

    public async Task ForgetAsync()
    {
        _refreshDue = false;
        _jobsDue.Clear();
        await state.ClearStateAsync();
    }

    private void Schedule(bool full)
    {
        _refreshDue |= full;
        _timer ??= this.RegisterGrainTimer(WorkAsync, new GrainTimerCreationOptions(TimeSpan.Zero, Tick) { KeepAlive = true });
    }

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        if (_refreshDue)
        {
            await RefreshAsync();
        }
        else if (_jobsDue.Count > 0)
        {
            var jobs = _jobsDue.ToList();
            _jobsDue.Clear();
            await UpdateJobsAsync(jobs);
        }

        if (!Due)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    private async Task RefreshAsync()
    {
        _refreshDue = false;
        _jobsDue.Clear();
        var started = time.GetTimestamp();
        if (await gallery.GetDescriptorsAsync(PersonId) is not { } descriptors)
        {
            await ForgetAsync();
            return;
        }

        var jobs = await Registry.ListAsync();
        var found = await Task.Run(() => scan.ScanAsync(PersonId, descriptors, jobs));
        await SaveAsync(found);
        LogRefreshed(logger, PersonId, jobs.Count, found.Count, time.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task UpdateJobsAsync(IReadOnlyList<Guid> jobs)
    {
        if (await gallery.GetDescriptorsAsync(PersonId) is not { } descriptors)
        {
            await ForgetAsync();
            return;
        }

        var registered = (await Registry.ListAsync()).ToHashSet();
        var scanned = jobs.Where(registered.Contains).ToList();
        var found = await Task.Run(() => scan.ScanAsync(PersonId, descriptors, scanned));
        await SaveAsync([.. state.State.Appearances.Where(a => !jobs.Contains(a.JobId)), .. found]);
    }

    private async Task SaveAsync(IReadOnlyList<JobAppearance> appearances)
    {
        var known = state.State.Appearances.Select(a => (a.JobId, a.FaceId)).ToHashSet();
        var added = appearances.Where(a => !known.Contains((a.JobId, a.FaceId))).ToList();
        state.State = new PersonAppearancesState { Appearances = appearances, RefreshedAt = time.GetUtcNow() };
        await state.WriteStateAsync();
        if (added.Count > 0 && await gallery.GetAsync(PersonId) is { } person)
        {
            Announce(person.Name, added);
        }
    }

    /// <summary>Sends the events off the grain's turn: their retries must not hold up the next scan or a read.</summary>
    private void Announce(string name, IReadOnlyList<JobAppearance> added)
    {
        var personId = PersonId;
        _ = Task.Run(async () =>
        {
            try
            {
                await identified.NotifyAsync(personId, name, added, CancellationToken.None);
            }
            catch (Exception exception)
            {
                LogNotifyFailed(logger, exception, personId);
            }
        });
    }

    /// <summary>Newest registered job first; a job deleted since the scan is left out.</summary>
    private async Task<AppearancesSnapshot> SnapshotAsync()
    {
        var order = (await Registry.ListAsync()).Select((job, i) => (job, i)).ToDictionary(p => p.job, p => p.i);
        var live = state.State.Appearances
            .Where(a => order.ContainsKey(a.JobId))
            .OrderByDescending(a => order[a.JobId]).ThenBy(a => a.FaceId, FaceIdOrder.Instance)
            .ToList();
        return new AppearancesSnapshot(live, Due, state.State.RefreshedAt);
    }
}
