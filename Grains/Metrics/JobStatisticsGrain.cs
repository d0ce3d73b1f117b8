using FaceClassifier.Blobs.Local;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;

namespace FaceClassifier.Metrics;

/// <summary>Counts the cluster's jobs by phase from the job grains' reports (see <see cref="JobLedger"/> for why repeats are harmless).</summary>
public sealed class JobStatisticsGrain(
    [PersistentState("statistics", StorageNames.Jobs)] IPersistentState<JobStatisticsState> state) : Grain, IJobStatisticsGrain
{
    /// <summary>Closed jobs remembered for recognising repeated reports; about 20 bytes each in the state.</summary>
    public const int ClosedJobsKept = 1000;

    public async Task ReportAsync(JobPhaseChange change)
    {
        if (JobLedger.Apply(state.State, change, ClosedJobsKept))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<JobCounts> GetCountsAsync() => Task.FromResult(JobLedger.Read(state.State));
}
