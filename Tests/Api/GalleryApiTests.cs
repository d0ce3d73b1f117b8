using FaceClassifier.Gallery;
using FaceClassifier.Tests.Api.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Api;

/// <summary>The API key on gallery writes and admin endpoints, and the gallery's checks before the engine runs.</summary>
[Trait("Kind", "integration")]
[Collection(ApiCollection.Name)]
public sealed class GalleryApiTests(ApiFixture fixture)
{
    private const string Missing = "the X-Api-Key header is required";
    private const string Wrong = "the X-Api-Key header is not valid";
    private readonly HttpClient _http = fixture.Client;

    [Fact]
    public async Task Gallery_writes_and_admin_endpoints_need_the_key()
    {
        var person = Guid.NewGuid();
        var requests = new Func<HttpRequestMessage>[]
        {
            () => new(HttpMethod.Post, "/api/people") { Content = Http.Form(("name", "Ann")) },
            () => new(HttpMethod.Post, $"/api/people/{person}/photos") { Content = Http.Form() },
            () => new(HttpMethod.Delete, $"/api/people/{person}"),
            () => new(HttpMethod.Get, "/api/admin/dead-letters"),
            () => new(HttpMethod.Post, "/api/admin/dead-letters/some-id/replay"),
        };
        foreach (var make in requests)
        {
            Assert.Equal((401, Http.Unauthorized(Missing)), await _http.SendAsync(make()).ReadAsync());
            var wrong = make();
            wrong.Headers.Add("X-Api-Key", "not-the-key");
            Assert.Equal((401, Http.Unauthorized(Wrong)), await _http.SendAsync(wrong).ReadAsync());
        }
    }

    [Fact]
    public async Task With_the_key_requests_reach_their_checks()
    {
        Assert.Equal((400, Http.BadRequest("at least one photo is required")), await SendAsync(HttpMethod.Post, "/api/people", Http.Form(("name", "Ann"))));
        Assert.Equal((400, Http.BadRequest("name is required")), await SendAsync(HttpMethod.Post, "/api/people", Http.Form().WithFile("photo", [1, 2, 3], "face.jpg")));
        Assert.Equal((400, Http.BadRequest("photo is empty")), await SendAsync(HttpMethod.Post, "/api/people", Http.Form(("name", "Ann")).WithFile("photo", [], "face.jpg")));
        Assert.Equal((400, Http.BadRequest("photo 2 is empty")), await SendAsync(HttpMethod.Post, "/api/people", Http.Form(("name", "Ann")).WithFile("photo", [1], "a.jpg").WithFile("photo", [], "b.jpg")));
        Assert.Equal((400, Http.BadRequest("name must be 1 to 200 characters")), await SendAsync(HttpMethod.Post, "/api/people", Http.Form(("name", new string('x', 201))).WithFile("photo", [1], "a.jpg")));

        var unknown = Guid.NewGuid();
        Assert.Equal((404, Http.NotFound($"no person with id {unknown}")), await SendAsync(HttpMethod.Delete, $"/api/people/{unknown}"));
        Assert.Equal((404, Http.NotFound($"no person with id {unknown}")), await SendAsync(HttpMethod.Post, $"/api/people/{unknown}/photos", Http.Form().WithFile("photo", [1], "a.jpg")));
        Assert.Equal((400, Http.BadRequest("id is not a valid id (expected a UUID)")), await SendAsync(HttpMethod.Delete, "/api/people/bob"));
    }

    [Fact]
    public async Task Gallery_reads_are_open_and_show_no_descriptors()
    {
        var id = Guid.NewGuid();
        await fixture.Factory.Services.GetRequiredService<IGallery>().EnrolAsync(id, "Listed Person", [new float[128]]);

        var (status, body) = await _http.GetAsync($"/api/people/{id}").ReadAsync();
        Assert.Equal(200, status);
        Assert.Matches(
            $$"""^\{"status":\{"code":200,"message":"success"\},"data":\{"person_id":"{{id}}","name":"Listed Person","photos":1,"created_at":"[^"]+","updated_at":"[^"]+","thumbnail_url":null\},"id":"{{id}}"\}$""",
            body);
        var list = await _http.GetAsync("/api/people?name=Listed%20Person&limit=1000").ReadAsync();
        Assert.Equal(200, list.Status);
        Assert.Contains($"\"person_id\":\"{id}\"", list.Body);
        Assert.DoesNotContain("descriptor", list.Body);
        var unknown = Guid.NewGuid();
        Assert.Equal((404, Http.NotFound($"no person with id {unknown}")), await _http.GetAsync($"/api/people/{unknown}").ReadAsync());
        Assert.Equal((400, Http.BadRequest("id is not a valid id (expected a UUID)")), await _http.GetAsync("/api/people/x").ReadAsync());
    }

    private Task<(int Status, string Body)> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        return _http.SendAsync(request).ReadAsync();
    }
}

/// <summary>Without a configured key, gallery writes need no header.</summary>
[Trait("Kind", "integration")]
public sealed class OpenGalleryApiTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new(apiKey: null);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Gallery_writes_pass_without_a_header_when_no_key_is_configured()
    {
        using var http = _factory.CreateClient();
        Assert.Equal((400, Http.BadRequest("at least one photo is required")), await http.PostAsync("/api/people", Http.Form(("name", "Ann"))).ReadAsync());
    }
}
