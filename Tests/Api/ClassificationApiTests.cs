using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FaceClassifier.Blobs;
using FaceClassifier.Jobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Api;

/// <summary>GET, PUT and DELETE /api/classification/{id}: envelopes, ids, validation, the three PUT answers.</summary>
[Trait("Kind", "integration")]
[Collection(ApiCollection.Name)]
public sealed class ClassificationApiTests(ApiFixture fixture)
{
    private readonly HttpClient _http = fixture.Client;

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("12345")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task A_malformed_id_is_a_400_for_every_verb(string id)
    {
        var expected = (400, Http.BadRequest("id is not a valid id (expected a UUID)"));
        Assert.Equal(expected, await _http.GetAsync($"/api/classification/{id}").ReadAsync());
        Assert.Equal(expected, await _http.PutAsJsonAsync($"/api/classification/{id}", new { name = "x" }).ReadAsync());
        Assert.Equal(expected, await _http.DeleteAsync($"/api/classification/{id}").ReadAsync());
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_for_every_verb()
    {
        var id = Guid.NewGuid();
        var expected = (404, Http.NotFound($"no classification job with id {id}"));
        Assert.Equal(expected, await _http.GetAsync($"/api/classification/{id}").ReadAsync());
        Assert.Equal(expected, await _http.PutAsJsonAsync($"/api/classification/{id}", new { name = "x" }).ReadAsync());
        Assert.Equal(expected, await _http.DeleteAsync($"/api/classification/{id}").ReadAsync());
    }

    [Fact]
    public async Task A_processing_job_reads_with_the_seed_fields_first_and_no_image_yet()
    {
        var id = Guid.NewGuid();
        var script = fixture.Factory.Analysis.For(id).Hold();
        await fixture.Factory.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));
        await script.Started.Task.WaitAsync(Poll.DefaultTimeout);

        using var doc = JsonDocument.Parse((await _http.GetAsync($"/api/classification/{id}").ReadAsync()).Body);
        var root = doc.RootElement;
        Assert.Equal(["status", "data", "id"], Http.Names(root));
        Assert.Equal("""{"code":200,"message":"success"}""", root.GetProperty("status").GetRawText());
        Assert.Equal(id.ToString(), root.GetProperty("id").GetString());
        var data = root.GetProperty("data");
        Assert.Equal(
            ["name", "video_file_url", "image_file_url", "status", "email", "stage", "progress", "error", "created_at", "completed_at", "notification", "webhook", "result", "expires_at"],
            Http.Names(data));
        Assert.Equal("processing", data.GetProperty("status").GetString());
        Assert.Equal("extracting", data.GetProperty("stage").GetString());
        Assert.Equal("""{"frames_done":0,"frames_total":20}""", data.GetProperty("progress").GetRawText());
        Assert.Equal("pending", data.GetProperty("notification").GetString());
        foreach (var empty in new[] { "image_file_url", "error", "completed_at", "result", "expires_at" })
        {
            Assert.Equal(JsonValueKind.Null, data.GetProperty(empty).ValueKind);
        }

        Assert.StartsWith($"http://localhost/files/videos/{id:N}/video?expires=", data.GetProperty("video_file_url").GetString());
        script.Release.SetResult();
        await TestJobs.WaitForDoneAsync(fixture.Factory.Grains, id);
    }

    [Fact]
    public async Task A_completed_job_reads_with_its_result_in_the_documented_shape_and_a_working_image_link()
    {
        var id = Guid.NewGuid();
        var jpeg = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 0xFF, 0xD9 };
        var blobs = fixture.Factory.Blobs!;
        await blobs.WriteAsync(BlobKeys.ClassifiedFrame(id), new MemoryStream(jpeg), 100);
        await blobs.WriteAsync(BlobKeys.FaceThumbnail(id, 0), new MemoryStream(jpeg), 100);
        var script = fixture.Factory.Analysis.For(id);
        script.ImageKey = BlobKeys.ClassifiedFrame(id);
        script.Result = new JobResult(
            [new PersonResult("7c9e6679-7425-40de-944b-e07fc1f90ae7", "Ann", 0.9312, 1.5, 8.25, 17, 4, Distance: 0.4125, Margin: 0.2211, SupportingFrames: 3)
            {
                FaceId = "f1", Segments = [new(1.5, 3), new(6, 8.25)], ThumbnailKey = BlobKeys.FaceThumbnail(id, 0),
            }],
            [new UnknownFaceResult("unknown person 1", 5, 2, 4.5) { FaceId = "f2", Segments = [new(2, 4.5)] }],
            22, 20, 10);
        await fixture.Factory.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id, name: "Clip Owner"));
        await TestJobs.WaitForDoneAsync(fixture.Factory.Grains, id);

        using var doc = JsonDocument.Parse((await _http.GetAsync($"/api/classification/{id}").ReadAsync()).Body);
        var data = doc.RootElement.GetProperty("data");
        Assert.Equal(("Clip Owner", "first@example.com", "completed", "done", "notified"), (
            data.GetProperty("name").GetString(), data.GetProperty("email").GetString(), data.GetProperty("status").GetString(),
            data.GetProperty("stage").GetString(), data.GetProperty("notification").GetString()));
        var result = data.GetProperty("result");
        Assert.Equal(["people", "unknown_faces", "faces_detected", "frames_analysed", "duration_s"], Http.Names(result));
        // The fields in their order; the thumbnail link follows them.
        var person = Assert.Single(result.GetProperty("people").EnumerateArray());
        Assert.StartsWith(
            """{"person_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","name":"Ann","confidence":0.9312,"first_seen_s":1.5,"last_seen_s":8.25,"appearances":17,"best_frame_s":4,"distance":0.4125,"margin":0.2211,"supporting_frames":3,"face_id":"f1","segments":[{"start_s":1.5,"end_s":3},{"start_s":6,"end_s":8.25}],"thumbnail_url":""",
            person.GetRawText());
        var unknown = Assert.Single(result.GetProperty("unknown_faces").EnumerateArray());
        Assert.Equal(
            """{"label":"unknown person 1","appearances":5,"first_seen_s":2,"last_seen_s":4.5,"face_id":"f2","segments":[{"start_s":2,"end_s":4.5}],"thumbnail_url":null}""",
            unknown.GetRawText());
        Assert.DoesNotContain("thumbnail_key", person.GetRawText());
        Assert.Equal(jpeg, await _http.GetByteArrayAsync(person.GetProperty("thumbnail_url").GetString()));
        Assert.Equal((22, 20, 10.0), (result.GetProperty("faces_detected").GetInt32(), result.GetProperty("frames_analysed").GetInt32(), result.GetProperty("duration_s").GetDouble()));
        Assert.Equal(JsonValueKind.String, data.GetProperty("completed_at").ValueKind);
        Assert.Equal(data.GetProperty("completed_at").GetDateTimeOffset().AddDays(30), data.GetProperty("expires_at").GetDateTimeOffset());

        using var image = await _http.GetAsync(data.GetProperty("image_file_url").GetString());
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal(jpeg, await image.Content.ReadAsByteArrayAsync());
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { "not json", "the body must be a JSON object with name and/or email" },
        { "[1, 2]", "the body must be a JSON object with name and/or email" },
        { "{}", "at least one of name or email is required" },
        { """{"name": null, "email": null}""", "at least one of name or email is required" },
        { """{"name": 5}""", "name and email must be strings" },
        { """{"name": ""}""", "name must be 1 to 200 characters" },
        { $$"""{"name": "{{new string('x', 201)}}"}""", "name must be 1 to 200 characters" },
        { """{"email": "not-an-email"}""", "email is not a valid email address" },
        { """{"name": "Ok", "email": ""}""", "email is not a valid email address" },
        { """{"name": "Ann\r\nBcc: x@example.test"}""", "name must not contain control characters" },
        { """{"email": "ann@example.com\r\nBcc: x@example.test"}""", "email is not a valid email address" },
        { new string('[', 5000) + new string(']', 5000), "the body must not be nested more than 8 levels deep" },
        { """{"name": {"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": 1}}}}}}}}}""", "the body must not be nested more than 8 levels deep" },
        { """{"name": {"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}}""", "name and email must be strings" },
        { $$"""{"name": "Ann", "pad": "{{new string('x', 64 << 10)}}"}""", "the body must be at most 64 KB" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_put_body_gets_its_400(string body, string error)
    {
        var id = Guid.NewGuid();
        await fixture.Factory.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));
        var content = new StringContent(body, Encoding.UTF8, "application/json");
        Assert.Equal((400, Http.BadRequest(error)), await _http.PutAsync($"/api/classification/{id}", content).ReadAsync());
        await TestJobs.WaitForDoneAsync(fixture.Factory.Grains, id);
        Assert.Equal(("Ann Example", "first@example.com"), await ContactAsync(id));
    }

    [Fact]
    public async Task Put_answers_pending_then_notified_then_notified_to_new_email()
    {
        var id = Guid.NewGuid();
        var script = fixture.Factory.Analysis.For(id).Hold();
        await fixture.Factory.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));
        await script.Started.Task.WaitAsync(Poll.DefaultTimeout);

        Assert.Equal((200, Put(id, "Ann Pending", "pending@example.com", "pending")),
            await _http.PutAsJsonAsync($"/api/classification/{id}", new { name = "Ann Pending", email = "pending@example.com" }).ReadAsync());
        script.Release.SetResult();
        await TestJobs.WaitForDoneAsync(fixture.Factory.Grains, id);

        Assert.Equal((200, Put(id, "Ann Renamed", "pending@example.com", "notified")),
            await _http.PutAsJsonAsync($"/api/classification/{id}", new { name = "Ann Renamed" }).ReadAsync());
        var moved = (200, Put(id, "Ann Renamed", "moved@example.com", "notified to new email"));
        Assert.Equal(moved, await _http.PutAsJsonAsync($"/api/classification/{id}", new { email = "moved@example.com" }).ReadAsync());
        Assert.Equal(moved, await _http.PutAsJsonAsync($"/api/classification/{id}", new { email = "moved@example.com" }).ReadAsync());

        await Poll.UntilAsync(() => Task.FromResult(fixture.Factory.Channel.EmailsFor(id).FirstOrDefault(m => m.Email == "moved@example.com")), "the mail to the new address");
        Assert.Equal(["pending@example.com", "moved@example.com"], fixture.Factory.Channel.EmailsFor(id).Select(m => m.Email));
    }

    [Fact]
    public async Task Delete_removes_the_job_and_its_files_so_old_links_stop_working()
    {
        var id = Guid.NewGuid();
        var blobs = fixture.Factory.Blobs!;
        await blobs.WriteAsync(BlobKeys.Video(id), new MemoryStream([9, 8, 7]), 100);
        await fixture.Factory.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));
        await TestJobs.WaitForDoneAsync(fixture.Factory.Grains, id);
        using var doc = JsonDocument.Parse((await _http.GetAsync($"/api/classification/{id}").ReadAsync()).Body);
        var videoUrl = doc.RootElement.GetProperty("data").GetProperty("video_file_url").GetString();
        Assert.Equal(200, (await _http.GetAsync(videoUrl).ReadAsync()).Status);

        Assert.Equal((200, $$"""{"status":{"code":200,"message":"success"},"id":"{{id}}"}"""), await _http.DeleteAsync($"/api/classification/{id}").ReadAsync());

        Assert.Equal(404, (await _http.GetAsync($"/api/classification/{id}").ReadAsync()).Status);
        Assert.Equal((404, Http.NotFound("the file no longer exists")), await _http.GetAsync(videoUrl).ReadAsync());
        Assert.Equal(404, (await _http.DeleteAsync($"/api/classification/{id}").ReadAsync()).Status);
    }

    private static string Put(Guid id, string name, string email, string status) =>
        $$"""{"status":{"code":200,"message":"success"},"data":{"name":"{{name}}","email":"{{email}}","status":"{{status}}"},"id":"{{id}}"}""";

    private async Task<(string, string)> ContactAsync(Guid id)
    {
        var job = await fixture.Factory.Grains.GetGrain<IClassificationJob>(id).GetAsync();
        return (job!.Name, job.Email);
    }
}
