namespace FaceClassifier.Metrics;

/// <summary>The statistics grain's durable state: the counts, and the last phase of the jobs it must recognise.</summary>
[GenerateSerializer, Alias("fc.JobStatisticsState")]
public sealed class JobStatisticsState
{
    [Id(0)] public JobCounts Counts { get; set; } = JobCounts.Zero;

    /// <summary>The last phase of every open job and of the most recently closed ones.</summary>
    [Id(1)] public Dictionary<Guid, JobPhase> Last { get; set; } = [];

    /// <summary>Closed (finished or deleted) jobs still in <see cref="Last"/>, oldest first.</summary>
    [Id(2)] public List<Guid> Closed { get; set; } = [];

    /// <summary>Deleted jobs whose count was taken back before the report that counted them arrived, with that phase.</summary>
    [Id(3)] public Dictionary<Guid, JobPhase> Owed { get; set; } = [];
}
