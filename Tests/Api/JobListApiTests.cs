using System.Text;
using System.Text.Json;
using FaceClassifier.Jobs;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Api;

/// <summary>GET /api/classification: the jobs list, newest first across pages, kept as jobs change and are deleted; bad input and the key.</summary>
[Trait("Kind", "integration")]
public sealed class JobListApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    // A host of its own: the list holds every job of its data folder, so other tests' jobs would be in it.
    private readonly HttpClient _http = fixture.Client;

    [Fact]
    public async Task Jobs_are_listed_newest_first_a_page_at_a_time_with_who_was_found_and_leave_the_list_when_deleted()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var id = Guid.NewGuid();
            fixture.Factory.Analysis.For(id).Result = new JobResult(
                [new PersonResult(Guid.NewGuid().ToString(), $"Person {i}", 0.9, 1, 2, 3, 1)], [], 1, 20, 10);
            await fixture.Factory.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id, name: $"Owner {i}"));
            await TestJobs.WaitForDoneAsync(fixture.Factory.Grains, id);
            ids.Add(id);
        }

        var held = Guid.NewGuid();
        var script = fixture.Factory.Analysis.For(held).Hold();
        await fixture.Factory.Grains.GetGrain<IClassificationJob>(held).SubmitAsync(TestJobs.Submission(held, name: "Still running"));
        await script.Started.Task.WaitAsync(Poll.DefaultTimeout);

        var pages = await ReadAllAsync(limit: 2);

        Assert.Equal([2, 2, 2], pages.Select(p => p.GetProperty("jobs").GetArrayLength()));
        Assert.All(pages.Take(2), p => Assert.Equal(JsonValueKind.String, p.GetProperty("next_cursor").ValueKind));
        Assert.Equal(JsonValueKind.Null, pages[^1].GetProperty("next_cursor").ValueKind);
        var jobs = pages.SelectMany(p => p.GetProperty("jobs").EnumerateArray()).ToList();
        Assert.Equal([held, .. Enumerable.Reverse(ids)], jobs.Select(j => Guid.Parse(j.GetProperty("id").GetString()!)));
        Assert.All(jobs, j => Assert.Equal(["id", "name", "status", "created_at", "completed_at", "people"], Http.Names(j)));
        var created = jobs.Select(j => j.GetProperty("created_at").GetDateTimeOffset()).ToList();
        Assert.Equal(created.OrderDescending(), created);

        Assert.Equal(("Still running", "processing", JsonValueKind.Null, "[]"), (
            jobs[0].GetProperty("name").GetString(), jobs[0].GetProperty("status").GetString(),
            jobs[0].GetProperty("completed_at").ValueKind, jobs[0].GetProperty("people").GetRawText()));
        Assert.Equal(("Owner 4", "completed", JsonValueKind.String, """["Person 4"]"""), (
            jobs[1].GetProperty("name").GetString(), jobs[1].GetProperty("status").GetString(),
            jobs[1].GetProperty("completed_at").ValueKind, jobs[1].GetProperty("people").GetRawText()));

        Assert.True(await fixture.Factory.Grains.GetGrain<IClassificationJob>(ids[2]).DeleteAsync());
        var afterDelete = (await ReadAllAsync(limit: 50)).Single().GetProperty("jobs").EnumerateArray().Select(j => Guid.Parse(j.GetProperty("id").GetString()!));
        Assert.Equal([held, ids[4], ids[3], ids[1], ids[0]], afterDelete);

        script.Release.SetResult();
        await TestJobs.WaitForDoneAsync(fixture.Factory.Grains, held);
        using var done = JsonDocument.Parse((await SendAsync("/api/classification?limit=1")).Body);
        var first = Assert.Single(done.RootElement.GetProperty("data").GetProperty("jobs").EnumerateArray());
        Assert.Equal((held.ToString(), "completed"), (first.GetProperty("id").GetString(), first.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("201")]
    [InlineData("-1")]
    [InlineData("ten")]
    [InlineData("1.5")]
    [InlineData("")]
    public async Task A_limit_out_of_range_is_a_400(string limit)
    {
        Assert.Equal(
            (400, Http.BadRequest("limit must be a whole number from 1 to 200")),
            await SendAsync($"/api/classification?limit={Uri.EscapeDataString(limit)}"));
    }

    public static TheoryData<string> BadCursors => new()
    {
        "not a cursor!",
        "bm9wZQ",
        Convert.ToBase64String(Encoding.ASCII.GetBytes($"0639028584000000000-{Guid.NewGuid():N}")).TrimEnd('=').Replace('A', '+') + "+",
        Convert.ToBase64String(Encoding.ASCII.GetBytes($"06390285840000000x0-{Guid.NewGuid():N}")).TrimEnd('='),
        new string('A', 300),
    };

    [Theory]
    [MemberData(nameof(BadCursors))]
    public async Task A_cursor_no_page_returned_is_a_400(string cursor)
    {
        Assert.Equal(
            (400, Http.BadRequest("cursor is not valid: pass the next_cursor of a previous page unchanged")),
            await SendAsync($"/api/classification?cursor={Uri.EscapeDataString(cursor)}"));
    }

    [Fact]
    public async Task The_list_needs_the_api_key()
    {
        Assert.Equal((401, Http.Unauthorized("the X-Api-Key header is required")), await _http.GetAsync("/api/classification").ReadAsync());
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/classification");
        wrong.Headers.Add("X-Api-Key", "not-the-key");
        Assert.Equal((401, Http.Unauthorized("the X-Api-Key header is not valid")), await _http.SendAsync(wrong).ReadAsync());
        Assert.Equal(200, (await SendAsync("/api/classification")).Status);
    }

    private async Task<List<JsonElement>> ReadAllAsync(int limit)
    {
        var pages = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var url = $"/api/classification?limit={limit}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var (status, body) = await SendAsync(url);
            Assert.Equal(200, status);
            using var doc = JsonDocument.Parse(body);
            Assert.Equal(["status", "data"], Http.Names(doc.RootElement));
            Assert.Equal(["jobs", "next_cursor"], Http.Names(doc.RootElement.GetProperty("data")));
            var data = doc.RootElement.GetProperty("data").Clone();
            pages.Add(data);
            cursor = data.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null && pages.Count <= 100);

        return pages;
    }

    private Task<(int Status, string Body)> SendAsync(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        return _http.SendAsync(request).ReadAsync();
    }
}
