using FaceClassifier.Jobs;
using FaceClassifier.Jobs.Retention;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Grains.Jobs.Retention;

/// <summary>Until when a job is kept, and the "Retention" settings' rules.</summary>
[Trait("Kind", "unit")]
public sealed class JobRetentionTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Completed = Created.AddMinutes(3);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    [Theory]
    [InlineData(JobStatus.Completed)]
    [InlineData(JobStatus.Error)]
    public void A_finished_job_is_kept_for_the_lifetime_after_it_finished(JobStatus status)
    {
        var expiresAt = JobRetention.ExpiresAt(status, Created, Completed, Lifetime);

        Assert.Equal(Completed + Lifetime, expiresAt);
        Assert.False(JobRetention.IsExpired(expiresAt, Completed + Lifetime));
        Assert.True(JobRetention.IsExpired(expiresAt, Completed + Lifetime + TimeSpan.FromTicks(1)));
    }

    [Fact]
    public void A_finished_job_without_a_finish_time_counts_from_its_creation() =>
        Assert.Equal(Created + Lifetime, JobRetention.ExpiresAt(JobStatus.Error, Created, null, Lifetime));

    [Fact]
    public void A_processing_job_has_no_expiry_however_old()
    {
        Assert.Null(JobRetention.ExpiresAt(JobStatus.Processing, Created, null, Lifetime));
        Assert.False(JobRetention.IsExpired(null, DateTimeOffset.MaxValue));
    }

    [Fact]
    public void A_zero_lifetime_keeps_every_job_forever()
    {
        Assert.Null(JobRetention.ExpiresAt(JobStatus.Completed, Created, Completed, TimeSpan.Zero));
        Assert.True(new RetentionOptions { JobLifetime = TimeSpan.Zero }.KeepsForever);
    }

    [Fact]
    public void Defaults_are_thirty_days_an_hourly_sweep_of_at_most_500_and_valid()
    {
        var defaults = new RetentionOptions();

        Assert.Equal((TimeSpan.FromDays(30), TimeSpan.FromHours(1), 500, 100), (defaults.JobLifetime, defaults.SweepInterval, defaults.MaxDeletionsPerSweep, defaults.SweepPageSize));
        Assert.True(new RetentionOptionsValidator().Validate(Options.DefaultName, defaults).Succeeded);
        Assert.True(new RetentionOptionsValidator().Validate(Options.DefaultName, new RetentionOptions { JobLifetime = TimeSpan.Zero }).Succeeded);
    }

    public static TheoryData<string, string, RetentionOptions> Broken => new()
    {
        { "JobLifetime", "must be 0 (keep forever) to 36500 days.", new() { JobLifetime = TimeSpan.FromSeconds(-1) } },
        { "JobLifetime", "must be 0 (keep forever) to 36500 days.", new() { JobLifetime = TimeSpan.FromDays(36_501) } },
        { "SweepInterval", "must be at least 1 minute.", new() { SweepInterval = TimeSpan.FromSeconds(59) } },
        { "MaxDeletionsPerSweep", "must be at least 1.", new() { MaxDeletionsPerSweep = 0 } },
        { "SweepPageSize", "must be 1 to 1000.", new() { SweepPageSize = 0 } },
        { "SweepPageSize", "must be 1 to 1000.", new() { SweepPageSize = 1001 } },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Each_rule_fails_naming_its_setting(string key, string problem, RetentionOptions options) =>
        Assert.Equal(
            [$"Retention:{key} (environment variable Retention__{key}) {problem}"],
            new RetentionOptionsValidator().Validate(null, options).Failures);
}
