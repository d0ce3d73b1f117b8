using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Metrics;

/// <summary>Checks the "Metrics" section at start-up.</summary>
public sealed class MetricsOptionsValidator : IValidateOptions<MetricsOptions>
{
    /// <summary>Every failed rule, each naming its setting.</summary>
    public ValidateOptionsResult Validate(string? name, MetricsOptions options) =>
        new SettingChecks(MetricsOptions.Section)
            .Require(options.ReadingLifetime > TimeSpan.Zero, nameof(options.ReadingLifetime), "must be positive")
            .Require(options.CloudWatchInterval >= TimeSpan.FromSeconds(1), nameof(options.CloudWatchInterval), "must be at least 1 s")
            .Require(!string.IsNullOrWhiteSpace(options.CloudWatchLogPath), nameof(options.CloudWatchLogPath), "must name a file")
            .Result;
}
