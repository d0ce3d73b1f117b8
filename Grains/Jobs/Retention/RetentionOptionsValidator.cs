using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Jobs.Retention;

/// <summary>Checks the "Retention" section at start-up.</summary>
internal sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    /// <summary>Longest lifetime: a century keeps every expiry time representable.</summary>
    public static readonly TimeSpan MaxJobLifetime = TimeSpan.FromDays(36_500);

    /// <summary>Orleans' shortest reminder period.</summary>
    public static readonly TimeSpan MinSweepInterval = TimeSpan.FromMinutes(1);

    public const int MaxSweepPageSize = 1000;

    public ValidateOptionsResult Validate(string? name, RetentionOptions options) =>
        new SettingChecks(RetentionOptions.Section)
            .Require(options.JobLifetime >= TimeSpan.Zero && options.JobLifetime <= MaxJobLifetime, nameof(options.JobLifetime), "must be 0 (keep forever) to 36500 days")
            .Require(options.SweepInterval >= MinSweepInterval, nameof(options.SweepInterval), "must be at least 1 minute")
            .Require(options.MaxDeletionsPerSweep >= 1, nameof(options.MaxDeletionsPerSweep), "must be at least 1")
            .Require(options.SweepPageSize is >= 1 and <= MaxSweepPageSize, nameof(options.SweepPageSize), $"must be 1 to {MaxSweepPageSize}")
            .Result;
}
