namespace FaceClassifier.Jobs;

/// <summary>
/// The one retention sweeper (key 0): on a reminder, deletes finished jobs kept past Retention:JobLifetime, a bounded
/// number per sweep, so a backlog is worked off over several.
/// </summary>
public interface IRetentionSweeperGrain : IGrainWithIntegerKey
{
    /// <summary>Registers the sweep's reminder, or removes it when jobs are kept forever; every silo calls it as it starts.</summary>
    Task StartAsync();

    /// <summary>Sweeps once now, as a reminder tick does.</summary>
    Task<RetentionSweep> SweepNowAsync();
}

/// <summary>One sweep: index entries read, jobs deleted, and whether it reached the end (false: it stopped at its budget).</summary>
[GenerateSerializer, Immutable, Alias("fc.RetentionSweep")]
public sealed record RetentionSweep(
    [property: Id(0)] int Read,
    [property: Id(1)] int Deleted,
    [property: Id(2)] bool Complete);
