using Orleans.Concurrency;

namespace FaceClassifier.Learning;

/// <summary>
/// One gallery person's appearances in stored jobs (same Guid as the person), found by matching the jobs' stored face
/// descriptors against the gallery, never by decoding a video again. Kept up to date in the background.
/// </summary>
public interface IPersonAppearancesGrain : IGrainWithGuidKey
{
    /// <summary>The appearances found so far, newest job first, without those of jobs deleted since.</summary>
    Task<AppearancesSnapshot> GetAsync();

    /// <summary>Asks for a rescan of every stored job (the person was created, got photos, was merged or renamed); coalesced, never waits.</summary>
    [OneWay]
    Task RequestRefreshAsync();

    /// <summary>Rescans every stored job now and answers when done (tools and benchmarks).</summary>
    Task<AppearancesSnapshot> RefreshNowAsync();

    /// <summary>Re-evaluates one job (it finished, or one of its faces was named or rejected).</summary>
    [OneWay]
    Task UpdateJobAsync(Guid jobId);

    /// <summary>The person was deleted or merged into another: forgets every appearance.</summary>
    Task ForgetAsync();
}

/// <summary>A person's appearances and whether a rescan is still due.</summary>
[GenerateSerializer, Immutable, Alias("fc.AppearancesSnapshot")]
public sealed record AppearancesSnapshot(
    [property: Id(0)] IReadOnlyList<JobAppearance> Appearances,
    [property: Id(1)] bool Refreshing,
    [property: Id(2)] DateTimeOffset? RefreshedAt);

/// <summary>One face of one job that is the person: where it is on screen.</summary>
[GenerateSerializer, Immutable, Alias("fc.JobAppearance")]
public sealed record JobAppearance(
    [property: Id(0)] Guid JobId,
    [property: Id(1)] string FaceId,
    [property: Id(2)] double FirstSeenS,
    [property: Id(3)] double LastSeenS,
    [property: Id(4)] IReadOnlyList<Jobs.SegmentResult> Segments);
