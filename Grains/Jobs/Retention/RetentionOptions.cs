namespace FaceClassifier.Jobs.Retention;

/// <summary>How long finished jobs are kept, and how the sweep that deletes them runs.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>The keyed <see cref="TimeProvider"/> the sweep reads "now" from (the silo's clock unless one is registered).</summary>
    public const string ClockKey = "retention";

    /// <summary>A finished job is deleted this long after it finished (or was created, without a finish time); zero keeps jobs forever.</summary>
    public TimeSpan JobLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Period of the sweep's reminder.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most jobs one sweep deletes; a larger backlog is worked off over the following sweeps.</summary>
    public int MaxDeletionsPerSweep { get; set; } = 500;

    /// <summary>Job index entries read per page.</summary>
    public int SweepPageSize { get; set; } = 100;

    public bool KeepsForever => JobLifetime == TimeSpan.Zero;
}
