using System.Threading.RateLimiting;

namespace FaceClassifier.Api.RateLimiting;

/// <summary>The four limits an endpoint can carry (RequireRateLimiting), each a token bucket per client address.</summary>
public static class RateLimitPolicies
{
    public const string Uploads = nameof(RateLimitOptions.Uploads);
    public const string GalleryWrites = nameof(RateLimitOptions.GalleryWrites);
    public const string Engine = nameof(RateLimitOptions.Engine);
    public const string Reads = nameof(RateLimitOptions.Reads);

    public static IReadOnlyList<string> All { get; } = [Uploads, GalleryWrites, Engine, Reads];

    /// <summary>One bucket per client address, or none when the limit (or all limits) is off.</summary>
    public static RateLimitPartition<string> Partition(RateLimitOptions options, string policy, HttpContext context)
    {
        var limit = options.For(policy);
        if (!options.Enabled || limit.Off)
        {
            return RateLimitPartition.GetNoLimiter("off");
        }

        return RateLimitPartition.GetTokenBucketLimiter(ClientPartitionKey.Of(context.Connection.RemoteIpAddress), _ => Bucket(limit));
    }

    /// <summary>
    /// A token every 1/PermitsPerMinute of a minute. The partitioned limiter refills by elapsed time, so the period
    /// sets only the lease's Retry-After: the time until the next token, rounded up to a whole period.
    /// </summary>
    internal static TokenBucketRateLimiterOptions Bucket(RateLimitPolicyOptions limit) => new()
    {
        TokenLimit = limit.Burst,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromTicks(TimeSpan.TicksPerMinute / limit.PermitsPerMinute),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
