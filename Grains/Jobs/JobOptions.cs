namespace FaceClassifier.Jobs;

/// <summary>How jobs are kept moving.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Period of an unfinished job's reminder; after a restart, a job resumes within one period.</summary>
    public TimeSpan ResumeCheckPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A runner silent for this long is presumed gone and the job is dispatched again.</summary>
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Runs a job may start before it is marked as error.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How long a claimed notification may stay in flight before it can be claimed again.</summary>
    public TimeSpan NotificationLease { get; set; } = TimeSpan.FromMinutes(10);
}
