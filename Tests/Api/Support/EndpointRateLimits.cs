using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Api.Support;

/// <summary>The rate limit policy of every routed endpoint of a host, by "METHOD /route" (null: not limited).</summary>
public static class EndpointRateLimits
{
    public static IReadOnlyList<(string Key, string? Policy)> Of(IServiceProvider services) =>
    [
        .. from endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
           from method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]
           select ($"{method} {endpoint.RoutePattern.RawText!.TrimEnd('/')}", endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName),
    ];
}
