namespace FaceClassifier.Metrics;

/// <summary>
/// The embedded (memory stream) queue's backlog, from the statistics grain: a queued job's work item waits for a
/// runner (visible), a processing job's is being worked on (in flight). The memory stream itself holds nothing for
/// long, so counting its messages would say 0 while jobs wait for analysis slots; the jobs are the real backlog.
/// </summary>
public sealed class ProcessingJobsBacklog(IGrainFactory grains) : IWorkQueueBacklog
{
    public async Task<QueueBacklog> GetAsync(CancellationToken cancellationToken = default)
    {
        var counts = await grains.GetGrain<IJobStatisticsGrain>(0).GetCountsAsync().WaitAsync(cancellationToken);
        return new QueueBacklog(counts.Queued, counts.Processing);
    }
}
