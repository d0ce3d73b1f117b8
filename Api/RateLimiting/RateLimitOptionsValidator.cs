using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.RateLimiting;

/// <summary>Checks the "RateLimits" section at start-up.</summary>
internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public const int MaxPermits = 1_000_000;

    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var checks = new SettingChecks(RateLimitOptions.Section);
        foreach (var policy in RateLimitPolicies.All)
        {
            var limit = options.For(policy);
            checks
                .Require(limit.PermitsPerMinute is >= 0 and <= MaxPermits, $"{policy}:{nameof(limit.PermitsPerMinute)}", $"must be 0 (off) to {MaxPermits}")
                .Require(limit.Off || limit.Burst is > 0 and <= MaxPermits, $"{policy}:{nameof(limit.Burst)}", $"must be 1 to {MaxPermits} while the limit is on");
        }

        return checks.Result;
    }
}
