using System.Globalization;
using System.Threading.RateLimiting;
using FaceClassifier.Api.Contracts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.RateLimiting;

/// <summary>The answer over a limit: 429 in the envelope, with Retry-After in whole seconds from the lease.</summary>
public static class RateLimitRejection
{
    public static ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        int? seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : null;
        if (seconds is { } wait)
        {
            http.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        }

        var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        var options = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var error = Message(policy is null ? null : (policy, options.For(policy)), seconds);
        return new ValueTask(http.Response.WriteAsJsonAsync(new ErrorEnvelope(ApiStatus.TooManyRequests, error), cancellationToken));
    }

    /// <summary>"too many uploads and job changes from this address (the Uploads limit: 10 a minute, 10 at once); try again in 6 s".</summary>
    public static string Message((string Name, RateLimitPolicyOptions Limit)? policy, int? retryAfterSeconds)
    {
        var when = retryAfterSeconds is { } s ? $"try again in {s} s" : "try again later";
        if (policy is not { } p)
        {
            return $"too many requests from this address; {when}";
        }

        return $"too many {What(p.Name)} from this address (the {p.Name} limit: {p.Limit.PermitsPerMinute} a minute, {p.Limit.Burst} at once); {when}";
    }

    private static string What(string policy) => policy switch
    {
        RateLimitPolicies.Uploads => "uploads and job changes",
        RateLimitPolicies.GalleryWrites => "gallery changes",
        RateLimitPolicies.Engine => "face engine requests",
        _ => "reads",
    };
}
