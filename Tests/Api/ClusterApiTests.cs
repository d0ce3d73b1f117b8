using System.Text.Json;
using FaceClassifier.Tests.Api.Support;

namespace FaceClassifier.Tests.Api;

/// <summary>GET /api/admin/cluster lists the silos the membership knows, behind the API key.</summary>
[Trait("Kind", "integration")]
[Collection(ApiCollection.Name)]
public sealed class ClusterApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_embedded_cluster_is_one_active_silo_with_its_address_and_times()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/cluster");
        request.Headers.Add("X-Api-Key", ApiFactory.ApiKey);

        var (status, body) = await fixture.Client.SendAsync(request).ReadAsync();

        Assert.Equal(200, status);
        using var doc = JsonDocument.Parse(body);
        var silo = Assert.Single(doc.RootElement.GetProperty("data").EnumerateArray());
        Assert.Equal(["address", "name", "host_name", "status", "started_at", "last_alive_at"], Http.Names(silo));
        Assert.Equal("active", silo.GetProperty("status").GetString());
        Assert.StartsWith("127.0.0.1:", silo.GetProperty("address").GetString());
    }

    [Fact]
    public async Task Without_the_key_it_is_a_401()
    {
        var (status, _) = await fixture.Client.GetAsync("/api/admin/cluster").ReadAsync();

        Assert.Equal(401, status);
    }
}
