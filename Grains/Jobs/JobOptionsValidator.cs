using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Jobs;

/// <summary>Checks the "Jobs" section at start-up.</summary>
internal sealed class JobOptionsValidator : IValidateOptions<JobOptions>
{
    public ValidateOptionsResult Validate(string? name, JobOptions options) =>
        new SettingChecks(JobOptions.Section)
            .Require(options.MaxAttempts >= 1, nameof(options.MaxAttempts), "must be at least 1")
            .Require(options.ResumeCheckPeriod > TimeSpan.Zero, nameof(options.ResumeCheckPeriod), "must be positive")
            .Require(options.StallTimeout > TimeSpan.Zero, nameof(options.StallTimeout), "must be positive")
            .Result;
}
