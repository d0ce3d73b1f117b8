using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Jobs;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Api;

/// <summary>GET /api/classification/{id}/result.vtt and result.csv over HTTP: the files, and the 400, 404 and 409 envelopes.</summary>
[Trait("Kind", "integration")]
[Collection(ApiCollection.Name)]
public sealed class ClassificationExportApiTests(ApiFixture fixture)
{
    private static readonly string[] Exports = ["result.vtt", "result.csv"];
    private readonly HttpClient _http = fixture.Client;

    [Fact]
    public async Task WebVtt_has_a_cue_per_segment_in_order_of_start_named_by_person_or_label()
    {
        var id = await CompletedJobAsync();

        using var response = await _http.GetAsync($"/api/classification/{id}/result.vtt");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/vtt", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(
            "WEBVTT\n\n" +
            "00:00:01.500 --> 00:00:03.000\nAnn \"Nan\", Jr. &lt;ann&gt;\n\n" +
            "00:00:02.000 --> 00:00:02.500\nunknown person 1\n\n" +
            "00:01:30.000 --> 00:01:45.250\nAnn \"Nan\", Jr. &lt;ann&gt;\n\n" +
            "01:02:03.004 --> 01:02:05.000\nunknown person 1\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Csv_has_a_header_and_a_row_per_segment_with_rfc4180_quoting()
    {
        var id = await CompletedJobAsync();

        using var response = await _http.GetAsync($"/api/classification/{id}/result.csv");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(
            "face_id,kind,person_id,name,start_s,end_s\r\n" +
            "f1,person,7c9e6679-7425-40de-944b-e07fc1f90ae7,\"Ann \"\"Nan\"\", Jr. <ann>\",1.5,3\r\n" +
            "f2,unknown,,unknown person 1,2,2\r\n" +
            "f1,person,7c9e6679-7425-40de-944b-e07fc1f90ae7,\"Ann \"\"Nan\"\", Jr. <ann>\",90,105.25\r\n" +
            "f2,unknown,,unknown person 1,3723.004,3725\r\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_job_without_faces_exports_only_the_header()
    {
        var id = Guid.NewGuid();
        await fixture.Factory.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));
        await TestJobs.WaitForDoneAsync(fixture.Factory.Grains, id);

        Assert.Equal((200, "WEBVTT\n"), await _http.GetAsync($"/api/classification/{id}/result.vtt").ReadAsync());
        Assert.Equal((200, "face_id,kind,person_id,name,start_s,end_s\r\n"), await _http.GetAsync($"/api/classification/{id}/result.csv").ReadAsync());
    }

    [Fact]
    public async Task Bad_and_unknown_ids_get_the_envelopes_of_the_job_endpoint()
    {
        var id = Guid.NewGuid();
        foreach (var export in Exports)
        {
            Assert.Equal((400, Http.BadRequest("id is not a valid id (expected a UUID)")), await _http.GetAsync($"/api/classification/nope/{export}").ReadAsync());
            Assert.Equal((404, Http.NotFound($"no classification job with id {id}")), await _http.GetAsync($"/api/classification/{id}/{export}").ReadAsync());
        }
    }

    [Fact]
    public async Task A_processing_job_is_a_409_saying_it_is_not_finished_yet()
    {
        var id = Guid.NewGuid();
        var script = fixture.Factory.Analysis.For(id).Hold();
        await fixture.Factory.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));
        await script.Started.Task.WaitAsync(Poll.DefaultTimeout);

        foreach (var export in Exports)
        {
            Assert.Equal(
                (409, Conflict($"classification job {id} is not finished yet (status processing)")),
                await _http.GetAsync($"/api/classification/{id}/{export}").ReadAsync());
        }

        script.Release.SetResult();
        await TestJobs.WaitForDoneAsync(fixture.Factory.Grains, id);
    }

    [Fact]
    public async Task A_failed_job_is_a_409_saying_it_failed()
    {
        var id = Guid.NewGuid();
        fixture.Factory.Analysis.For(id).Failure = new InvalidVideoException("the video has no decodable frames");
        await fixture.Factory.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));
        await TestJobs.WaitForDoneAsync(fixture.Factory.Grains, id);

        Assert.Equal(
            (409, Conflict($"classification job {id} has no result: it failed (status error)")),
            await _http.GetAsync($"/api/classification/{id}/result.csv").ReadAsync());
    }

    private async Task<Guid> CompletedJobAsync()
    {
        var id = Guid.NewGuid();
        fixture.Factory.Analysis.For(id).Result = new JobResult(
            [new PersonResult("7c9e6679-7425-40de-944b-e07fc1f90ae7", "Ann \"Nan\", Jr. <ann>", 0.93, 1.5, 105.25, 40, 2)
            {
                FaceId = "f1", Segments = [new(1.5, 3), new(90, 105.25)],
            }],
            [new UnknownFaceResult("unknown person 1", 5, 2, 3725) { FaceId = "f2", Segments = [new(2, 2), new(3723.004, 3725)] }],
            45, 7500, 3750);
        await fixture.Factory.Grains.GetGrain<IClassificationJob>(id).SubmitAsync(TestJobs.Submission(id));
        await TestJobs.WaitForDoneAsync(fixture.Factory.Grains, id);
        return id;
    }

    private static string Conflict(string error) =>
        $$"""{"status":{"code":409,"message":"conflict"},"error":{{System.Text.Json.JsonSerializer.Serialize(error)}}}""";
}
