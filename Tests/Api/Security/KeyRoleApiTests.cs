using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FaceClassifier.Api.Security;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Api.Security;

/// <summary>Each guarded endpoint answers 401 without a key or with an unknown one, 403 with a key lacking its role, and serves the right key.</summary>
[Trait("Kind", "integration")]
public sealed class KeyRoleApiTests(KeyedApiFixture fixture) : IClassFixture<KeyedApiFixture>
{
    private const string Id = "3f2a9c1e-8b4d-4e6f-9a7b-2c5d8e1f0a34";

    /// <summary>Every endpoint that needs a key role, and the role: what the README and the OpenAPI document say.</summary>
    public static TheoryData<string, string, string> Guarded => new()
    {
        { "POST", "/api/upload", "upload" },
        { "PUT", $"/api/classification/{Id}", "upload" },
        { "DELETE", $"/api/classification/{Id}", "upload" },
        { "POST", "/api/faces/detect", "upload" },
        { "POST", "/api/faces/embed", "upload" },
        { "GET", "/api/classification", "gallery" },
        { "POST", $"/api/classification/{Id}/faces/f1/name", "gallery" },
        { "POST", $"/api/classification/{Id}/faces/f1/reject", "gallery" },
        { "POST", "/api/people", "gallery" },
        { "POST", $"/api/people/{Id}/photos", "gallery" },
        { "PATCH", $"/api/people/{Id}", "gallery" },
        { "POST", $"/api/people/{Id}/merge", "gallery" },
        { "DELETE", $"/api/people/{Id}", "gallery" },
        { "POST", "/api/people/import", "gallery" },
        { "GET", "/api/admin/dead-letters", "admin" },
        { "POST", "/api/admin/dead-letters/20260101T100041Z-webhook-1/replay", "admin" },
        { "GET", "/api/admin/cluster", "admin" },
    };

    [Theory]
    [MemberData(nameof(Guarded))]
    public async Task Without_a_key_with_an_unknown_key_and_with_a_key_lacking_the_role_it_is_refused(string method, string path, string role)
    {
        Assert.Equal((401, Http.Unauthorized("the X-Api-Key header is required")), await SendAsync(method, path, key: null));
        Assert.Equal((401, Http.Unauthorized("the X-Api-Key header is not valid")), await SendAsync(method, path, "not-a-configured-key-at-all"));
        Assert.Equal(
            (403, $$"""{"status":{"code":403,"message":"forbidden"},"error":"the key in X-Api-Key does not have the {{role}} role this endpoint needs"}"""),
            await SendAsync(method, path, KeyedApiFixture.KeyWithout(role)));
    }

    [Theory]
    [MemberData(nameof(Guarded))]
    public async Task The_key_with_the_role_passes_the_check(string method, string path, string role)
    {
        var (status, body) = await SendAsync(method, path, KeyedApiFixture.KeyWith(role));

        // The handler answers: a 400 for the empty body or a 404 for the made-up id, never the key check's 401 or 403.
        Assert.True(status is 200 or 400 or 404, $"{method} {path}: {status} {body}");
    }

    [Fact]
    public async Task An_upload_with_the_upload_key_is_accepted_and_its_job_changed_with_the_same_key()
    {
        using var upload = Request("POST", "/api/upload", KeyedApiFixture.UploadKey,
            Http.Form(("name", "Ann"), ("email", "ann@example.com")).WithFile("file", await File.ReadAllBytesAsync(PatternVideo.Make("mp4"))));
        var (status, body) = await fixture.Client.SendAsync(upload).ReadAsync();
        Assert.Equal(200, status);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString();

        using var put = Request("PUT", $"/api/classification/{id}", KeyedApiFixture.UploadKey, JsonContent.Create(new { email = "ann@example.org" }));
        Assert.Equal(200, (await fixture.Client.SendAsync(put).ReadAsync()).Status);
        Assert.Equal(200, (await fixture.Client.GetAsync($"/api/classification/{id}").ReadAsync()).Status);
    }

    [Theory]
    [InlineData("GET", "/api/classification", KeyedApiFixture.GalleryKey)]
    [InlineData("GET", "/api/admin/dead-letters", KeyedApiFixture.AdminKey)]
    [InlineData("GET", "/api/admin/cluster", KeyedApiFixture.AdminKey)]
    [InlineData("GET", "/api/classification", ApiFactory.ApiKey)]
    [InlineData("GET", "/api/admin/cluster", ApiFactory.ApiKey)]
    public async Task The_gallery_and_admin_keys_and_the_legacy_api_key_are_served(string method, string path, string key) =>
        Assert.Equal(200, (await SendAsync(method, path, key)).Status);

    [Fact]
    public async Task The_legacy_api_key_has_no_upload_role_once_an_upload_key_exists()
    {
        Assert.Equal(
            (403, """{"status":{"code":403,"message":"forbidden"},"error":"the key in X-Api-Key does not have the upload role this endpoint needs"}"""),
            await SendAsync("POST", "/api/upload", ApiFactory.ApiKey));
    }

    [Fact]
    public void Exactly_the_listed_endpoints_need_a_role()
    {
        var mapped = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<KeyRoleRequirement>() is not null)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m =>
                $"{m} /{e.RoutePattern.RawText!.Trim('/')} {e.Metadata.GetMetadata<KeyRoleRequirement>()!.Role.Name()}"));
        var listed = Guarded.Select(row => $"{row[0]} {Template((string)row[1])} {row[2]}");

        Assert.Equal(listed.Order(StringComparer.Ordinal), mapped.Order(StringComparer.Ordinal));
    }

    /// <summary>The route template of a path in <see cref="Guarded"/>.</summary>
    internal static string Template(string path) => path
        .Replace($"/api/classification/{Id}/faces/f1", "/api/classification/{id}/faces/{faceId}", StringComparison.Ordinal)
        .Replace($"/{Id}", "/{id}", StringComparison.Ordinal)
        .Replace("/20260101T100041Z-webhook-1/", "/{id}/", StringComparison.Ordinal);

    private Task<(int Status, string Body)> SendAsync(string method, string path, string? key) =>
        fixture.Client.SendAsync(Request(method, path, key, method is "GET" or "DELETE" ? null : new StringContent("{}", Encoding.UTF8, "application/json"))).ReadAsync();

    private static HttpRequestMessage Request(string method, string path, string? key, HttpContent? content)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }
}
