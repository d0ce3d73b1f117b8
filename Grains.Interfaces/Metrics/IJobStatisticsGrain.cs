using Orleans.Concurrency;

namespace FaceClassifier.Metrics;

/// <summary>Cluster-wide job counts by phase (key 0), told by each job grain as it moves.</summary>
public interface IJobStatisticsGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Records a job's move to a phase; repeated, late and backward reports change nothing. It answers once the report is
    /// applied, so a caller that awaits its reports sees them in order; job grains do not wait for the answer.
    /// </summary>
    Task ReportAsync(JobPhaseChange change);

    /// <summary>How many jobs are in each phase now.</summary>
    [ReadOnly]
    Task<JobCounts> GetCountsAsync();
}
