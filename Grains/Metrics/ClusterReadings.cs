using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Metrics;

/// <summary>The work queue's backlog, cached for <see cref="MetricsOptions.ReadingLifetime"/>.</summary>
public sealed class BacklogReading(IWorkQueueBacklog backlog, IOptions<MetricsOptions> options, TimeProvider time, ILogger<BacklogReading> logger)
    : CachedReading<QueueBacklog>(backlog.GetAsync, options.Value.ReadingLifetime, time, logger);

/// <summary>The cluster's job counts from the statistics grain, cached for <see cref="MetricsOptions.ReadingLifetime"/>.</summary>
public sealed class JobCountsReading(IGrainFactory grains, IOptions<MetricsOptions> options, TimeProvider time, ILogger<JobCountsReading> logger)
    : CachedReading<JobCounts>(
        cancellationToken => grains.GetGrain<IJobStatisticsGrain>(0).GetCountsAsync().WaitAsync(cancellationToken),
        options.Value.ReadingLifetime,
        time,
        logger);
