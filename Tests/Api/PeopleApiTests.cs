using System.Net.Http.Json;
using System.Text.Json;
using FaceClassifier.Gallery;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Api.EndToEnd;
using FaceClassifier.Tests.Grains.Gallery;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Api;

/// <summary>/api/people as pages, renames and merges, with the seed's envelopes and clear 4xx messages.</summary>
[Trait("Kind", "integration")]
[Collection(ApiCollection.Name)]
public sealed class PeopleApiTests(ApiFixture fixture)
{
    private readonly HttpClient _http = fixture.Client;

    private IGallery Gallery => fixture.Factory.Services.GetRequiredService<IGallery>();

    [Fact]
    public async Task Pages_of_a_name_prefix_hold_every_person_once_in_name_order_and_end_with_a_null_cursor()
    {
        var prefix = $"api-paging-{Guid.NewGuid():N}";
        var names = Enumerable.Range(0, 25).Select(i => $"{prefix} {i:D2}").ToList();
        await Task.WhenAll(names.Select(EnrolAsync));

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var query = $"/api/people?limit=10&name={Uri.EscapeDataString(prefix.ToUpperInvariant())}" + (cursor is null ? "" : $"&cursor={cursor}");
            using var page = JsonDocument.Parse(await _http.GetStringAsync(query));
            var data = page.RootElement.GetProperty("data");
            Assert.Equal(["people", "next_cursor"], Http.Names(data));
            seen.AddRange(data.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("name").GetString()!));
            cursor = data.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(names, seen);
    }

    [Theory]
    [InlineData("limit=0", "limit must be a whole number from 1 to 1000")]
    [InlineData("limit=1001", "limit must be a whole number from 1 to 1000")]
    [InlineData("limit=ten", "limit must be a whole number from 1 to 1000")]
    [InlineData("cursor=bm90LWEtY3Vyc29y", "cursor is not valid: pass the next_cursor of a previous page unchanged")]
    [InlineData("cursor=%25%25", "cursor is not valid: pass the next_cursor of a previous page unchanged")]
    public async Task A_bad_page_request_is_a_400_saying_what_is_wrong(string query, string error) =>
        Assert.Equal((400, Http.BadRequest(error)), await _http.GetAsync($"/api/people?{query}").ReadAsync());

    [Fact]
    public async Task A_rename_is_seen_at_once_and_bad_names_are_refused()
    {
        var id = Guid.NewGuid();
        await Gallery.EnrolAsync(id, "Before Rename", [Descriptors.Of(id, 0)]);

        var (status, body) = await SendAsync(HttpMethod.Patch, $"/api/people/{id}", JsonContent.Create(new { name = "  After Rename " }));

        Assert.Equal(200, status);
        Assert.Equal("After Rename", JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("name").GetString());
        Assert.Equal("After Rename", (await Gallery.GetAsync(id))!.Name);
        Assert.Equal((400, Http.BadRequest("name is required")), await SendAsync(HttpMethod.Patch, $"/api/people/{id}", JsonContent.Create(new { })));
        Assert.Equal((400, Http.BadRequest("name must be a string")), await SendAsync(HttpMethod.Patch, $"/api/people/{id}", JsonContent.Create(new { name = 5 })));
        Assert.Equal((400, Http.BadRequest("the body must be a JSON object with name")), await SendAsync(HttpMethod.Patch, $"/api/people/{id}", new StringContent("[1]")));
        Assert.Equal((400, Http.BadRequest("name must be 1 to 200 characters")), await SendAsync(HttpMethod.Patch, $"/api/people/{id}", JsonContent.Create(new { name = new string('x', 201) })));
        var unknown = Guid.NewGuid();
        Assert.Equal((404, Http.NotFound($"no person with id {unknown}")), await SendAsync(HttpMethod.Patch, $"/api/people/{unknown}", JsonContent.Create(new { name = "x" })));
    }

    [Fact]
    public async Task A_merge_answers_the_merged_person_and_refuses_what_cannot_be_merged()
    {
        var (into, from, unknown) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await Gallery.EnrolAsync(into, "Merge Target", [Descriptors.Of(into, 0)]);
        await Gallery.EnrolAsync(from, "Merge Source", [Descriptors.Of(from, 0), Descriptors.Of(from, 1)]);

        var (status, body) = await SendAsync(HttpMethod.Post, $"/api/people/{into}/merge", JsonContent.Create(new { from = from.ToString() }));

        Assert.Equal(200, status);
        var data = JsonDocument.Parse(body).RootElement.GetProperty("data");
        Assert.Equal((into.ToString(), 3), (data.GetProperty("person_id").GetString(), data.GetProperty("photos").GetInt32()));
        Assert.Equal((404, Http.NotFound($"no person with id {from}")), await _http.GetAsync($"/api/people/{from}").ReadAsync());
        Assert.Equal((404, Http.NotFound($"no person with id {from}")), await SendAsync(HttpMethod.Post, $"/api/people/{into}/merge", JsonContent.Create(new { from = from.ToString() })));
        Assert.Equal((404, Http.NotFound($"no person with id {unknown}")), await SendAsync(HttpMethod.Post, $"/api/people/{unknown}/merge", JsonContent.Create(new { from = into.ToString() })));
        Assert.Equal((400, Http.BadRequest("from must be another person than the one merged into")), await SendAsync(HttpMethod.Post, $"/api/people/{into}/merge", JsonContent.Create(new { from = into.ToString() })));
        Assert.Equal((400, Http.BadRequest("from is required: the id of the person to merge in")), await SendAsync(HttpMethod.Post, $"/api/people/{into}/merge", JsonContent.Create(new { })));
        Assert.Equal((400, Http.BadRequest("from is not a valid id (expected a UUID)")), await SendAsync(HttpMethod.Post, $"/api/people/{into}/merge", JsonContent.Create(new { from = "bob" })));
    }

    [Fact]
    public async Task Merging_past_the_photo_limit_is_a_409_that_changes_nothing()
    {
        var (full, other) = (Guid.NewGuid(), Guid.NewGuid());
        await Gallery.EnrolAsync(full, "Full Person", [.. Enumerable.Range(0, 100).Select(i => Descriptors.Of(full, i))]);
        await Gallery.EnrolAsync(other, "Other Person", [Descriptors.Of(other, 0)]);

        var (status, body) = await SendAsync(HttpMethod.Post, $"/api/people/{full}/merge", JsonContent.Create(new { from = other.ToString() }));

        Assert.Equal(409, status);
        Assert.Equal(
            """{"status":{"code":409,"message":"conflict"},"error":"the merged person would hold more than 100 photos; nothing was changed"}""",
            body);
        Assert.Equal(100, (await Gallery.GetAsync(full))!.Photos);
        Assert.Equal(1, (await Gallery.GetAsync(other))!.Photos);
    }

    [Fact]
    public async Task Rename_and_merge_need_the_key()
    {
        var id = Guid.NewGuid();
        Assert.Equal(401, (await _http.PatchAsync($"/api/people/{id}", JsonContent.Create(new { name = "x" })).ReadAsync()).Status);
        Assert.Equal(401, (await _http.PostAsync($"/api/people/{id}/merge", JsonContent.Create(new { from = id.ToString() })).ReadAsync()).Status);
    }

    [Fact]
    [Trait("Requires", "Engine")]
    public async Task An_enrolment_has_a_face_thumbnail_link_and_a_delete_takes_the_thumbnail_too()
    {
        var work = TestAssets.TempDirectory();
        try
        {
            var photo = Path.Combine(work, "face.jpg");
            await ClipMaker.CropAsync(TestAssets.DemoImage("sample1.jpg"), (838, 421, 187, 227), margin: 0.4, photo);
            var form = Http.Form(("name", "Thumbnail Person")).WithFile("photo", await File.ReadAllBytesAsync(photo), "face.jpg");

            var (status, body) = await SendAsync(HttpMethod.Post, "/api/people", form);

            Assert.True(status == 200, body);
            var data = JsonDocument.Parse(body).RootElement.GetProperty("data");
            var link = data.GetProperty("thumbnail_url").GetString()!;
            using var thumbnail = await _http.GetAsync(link);
            Assert.Equal(200, (int)thumbnail.StatusCode);
            var jpeg = await thumbnail.Content.ReadAsByteArrayAsync();
            Assert.Equal([0xFF, 0xD8], jpeg[..2]);

            var id = data.GetProperty("person_id").GetString()!;
            var one = JsonDocument.Parse(await _http.GetStringAsync($"/api/people/{id}")).RootElement.GetProperty("data");
            var listed = JsonDocument.Parse(await _http.GetStringAsync("/api/people?name=Thumbnail%20Person")).RootElement.GetProperty("data").GetProperty("people");
            foreach (var shown in new[] { one, Assert.Single(listed.EnumerateArray()) })
            {
                Assert.Equal([0xFF, 0xD8], (await _http.GetByteArrayAsync(shown.GetProperty("thumbnail_url").GetString()))[..2]);
            }

            Assert.Equal(200, (await SendAsync(HttpMethod.Delete, $"/api/people/{id}", new StringContent(""))).Status);
            Assert.Equal(404, (int)(await _http.GetAsync(link)).StatusCode);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private async Task EnrolAsync(string name)
    {
        var id = Guid.NewGuid();
        await Gallery.EnrolAsync(id, name, [Descriptors.Of(id, 0)]);
    }

    private Task<(int Status, string Body)> SendAsync(HttpMethod method, string path, HttpContent content)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        return _http.SendAsync(request).ReadAsync();
    }
}
