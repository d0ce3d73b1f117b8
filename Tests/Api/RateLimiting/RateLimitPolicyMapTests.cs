using FaceClassifier.Api.RateLimiting;
using FaceClassifier.Tests.Api.Support;

namespace FaceClassifier.Tests.Api.RateLimiting;

/// <summary>Which limit every endpoint of the API carries: a new endpoint must be added here, with its limit or none.</summary>
[Trait("Kind", "integration")]
[Collection(ApiCollection.Name)]
public sealed class RateLimitPolicyMapTests(ApiFixture fixture)
{
    private static readonly Dictionary<string, string?> Expected = new()
    {
        ["POST /api/upload"] = RateLimitPolicies.Uploads,
        ["PUT /api/classification/{id}"] = RateLimitPolicies.Uploads,
        ["DELETE /api/classification/{id}"] = RateLimitPolicies.Uploads,
        ["POST /api/people"] = RateLimitPolicies.GalleryWrites,
        ["POST /api/people/{id}/photos"] = RateLimitPolicies.GalleryWrites,
        ["PATCH /api/people/{id}"] = RateLimitPolicies.GalleryWrites,
        ["POST /api/people/{id}/merge"] = RateLimitPolicies.GalleryWrites,
        ["DELETE /api/people/{id}"] = RateLimitPolicies.GalleryWrites,
        ["POST /api/people/import"] = RateLimitPolicies.GalleryWrites,
        ["POST /api/classification/{id}/faces/{faceId}/name"] = RateLimitPolicies.GalleryWrites,
        ["POST /api/classification/{id}/faces/{faceId}/reject"] = RateLimitPolicies.GalleryWrites,
        ["POST /api/faces/detect"] = RateLimitPolicies.Engine,
        ["POST /api/faces/embed"] = RateLimitPolicies.Engine,
        ["GET /api/classification"] = RateLimitPolicies.Reads,
        ["GET /api/classification/{id}"] = RateLimitPolicies.Reads,
        ["GET /api/classification/{id}/result.vtt"] = RateLimitPolicies.Reads,
        ["GET /api/classification/{id}/result.csv"] = RateLimitPolicies.Reads,
        ["GET /api/people"] = RateLimitPolicies.Reads,
        ["GET /api/people/{id}"] = RateLimitPolicies.Reads,
        ["GET /api/people/{id}/appearances"] = RateLimitPolicies.Reads,
        ["GET /api/people/imports/{id}"] = RateLimitPolicies.Reads,
        ["GET /files/{**key}"] = RateLimitPolicies.Reads,

        // Operators' endpoints, behind the API key.
        ["GET /api/admin/dead-letters"] = null,
        ["POST /api/admin/dead-letters/{id}/replay"] = null,
        ["GET /api/admin/cluster"] = null,
    };

    [Fact]
    public void Every_API_endpoint_carries_its_limit_and_nothing_else_is_limited()
    {
        var endpoints = EndpointRateLimits.Of(fixture.Factory.Services);

        var api = endpoints.Where(e => e.Key.Contains(" /api/", StringComparison.Ordinal) || e.Key.Contains(" /files/", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            Expected.Select(e => (e.Key, Policy: e.Value)).OrderBy(e => e.Key, StringComparer.Ordinal),
            api.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.All(endpoints.Except(api), e => Assert.Null(e.Policy));
    }
}
