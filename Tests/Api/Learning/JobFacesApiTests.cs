using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FaceClassifier.Blobs;
using FaceClassifier.Gallery;
using FaceClassifier.Learning;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Api.Learning;

/// <summary>Naming and rejecting a job's faces over HTTP: the result moves, the gallery learns, the rejection is remembered.</summary>
[Trait("Kind", "integration")]
[Collection(ApiCollection.Name)]
public sealed class JobFacesApiTests(ApiFixture fixture)
{
    private readonly HttpClient _http = fixture.Client;

    private IGallery Gallery => fixture.Factory.Services.GetRequiredService<IGallery>();

    [Fact]
    public async Task Naming_an_unknown_face_enrols_its_frames_and_moves_it_to_people()
    {
        var job = await LearningJob.CreateAsync(fixture.Factory, seed: 11);

        var (status, body) = await PostAsync(job, LearningJob.UnknownFace, "name", """{"name":"  Nora Named  "}""");

        Assert.Equal(200, status);
        var data = Data(body);
        Assert.Equal(["person_id", "name"], Http.Names(data));
        Assert.Equal("Nora Named", data.GetProperty("name").GetString());
        var personId = Guid.Parse(data.GetProperty("person_id").GetString()!);
        Assert.Equal(job.UnknownFrames.Count, (await Gallery.GetAsync(personId))!.Photos);

        var result = await ResultAsync(job);
        var named = Assert.Single(result.GetProperty("people").EnumerateArray(), p => p.GetProperty("face_id").GetString() == LearningJob.UnknownFace);
        Assert.Equal(personId.ToString(), named.GetProperty("person_id").GetString());
        Assert.Equal("Nora Named", named.GetProperty("name").GetString());
        Assert.Equal((1.0, 0.0, 0), (named.GetProperty("confidence").GetDouble(), named.GetProperty("distance").GetDouble(), named.GetProperty("supporting_frames").GetInt32()));
        Assert.Equal(JsonValueKind.Null, named.GetProperty("margin").ValueKind);
        Assert.Equal((2.0, 9.0, 5, 3.0), (named.GetProperty("first_seen_s").GetDouble(), named.GetProperty("last_seen_s").GetDouble(), named.GetProperty("appearances").GetInt32(), named.GetProperty("best_frame_s").GetDouble()));
        Assert.Equal("""[{"start_s":2,"end_s":5},{"start_s":8,"end_s":9}]""", named.GetProperty("segments").GetRawText());
        Assert.Equal([LearningJob.FaceWithoutFrames], result.GetProperty("unknown_faces").EnumerateArray().Select(u => u.GetProperty("face_id").GetString()));

        Assert.Equal(
            (409, Conflict($"face {LearningJob.UnknownFace} is already named Nora Named ({personId}); reject that first to name it otherwise")),
            await PostAsync(job, LearningJob.UnknownFace, "name", """{"name":"Someone Else"}"""));
        var appearances = await AppearancesAsync(personId, a => a.Count > 0);
        Assert.Equal([(job.JobId, LearningJob.UnknownFace)], appearances);
    }

    [Fact]
    public async Task Naming_a_face_as_an_existing_person_adds_its_frames_to_their_photos()
    {
        var job = await LearningJob.CreateAsync(fixture.Factory, seed: 12);

        var (status, body) = await PostAsync(job, LearningJob.UnknownFace, "name", $$"""{"person_id":"{{job.PersonId}}"}""");

        Assert.Equal(200, status);
        Assert.Equal(job.PersonName, Data(body).GetProperty("name").GetString());
        Assert.Equal(3 + job.UnknownFrames.Count, (await Gallery.GetAsync(job.PersonId))!.Photos);
        var people = (await ResultAsync(job)).GetProperty("people").EnumerateArray()
            .Select(p => (p.GetProperty("face_id").GetString(), p.GetProperty("person_id").GetString())).ToList();
        Assert.Equal([(LearningJob.PersonFace, job.PersonId.ToString()), (LearningJob.UnknownFace, job.PersonId.ToString())], people);
    }

    [Fact]
    public async Task Rejecting_a_match_moves_the_face_to_the_unknown_ones_and_is_remembered()
    {
        var job = await LearningJob.CreateAsync(fixture.Factory, seed: 13);
        Assert.Equal([(job.JobId, LearningJob.PersonFace)], await AppearancesAsync(job.PersonId, a => a.Count > 0));

        var (status, body) = await PostAsync(job, LearningJob.PersonFace, "reject", $$"""{"person_id":"{{job.PersonId}}"}""");

        Assert.Equal(200, status);
        Assert.Equal($$"""{"person_id":"{{job.PersonId}}","name":"{{job.PersonName}}"}""", Data(body).GetRawText());
        var result = await ResultAsync(job);
        Assert.Empty(result.GetProperty("people").EnumerateArray());
        Assert.Equal(
            [("f1", "unknown person 3"), ("f2", "unknown person 1"), ("f3", "unknown person 2")],
            result.GetProperty("unknown_faces").EnumerateArray().Select(u => (u.GetProperty("face_id").GetString(), u.GetProperty("label").GetString())));

        // Its frames still match the person's photos: only the remembered rejection keeps it out of a full rescan.
        var rescanned = await fixture.Factory.Grains.GetGrain<IPersonAppearancesGrain>(job.PersonId).RefreshNowAsync();
        Assert.DoesNotContain(rescanned.Appearances, a => a.JobId == job.JobId);
        Assert.Equal(
            (409, Conflict($"face {LearningJob.PersonFace} is not named in this job; there is nothing to reject")),
            await PostAsync(job, LearningJob.PersonFace, "reject", $$"""{"person_id":"{{job.PersonId}}"}"""));
    }

    [Fact]
    public async Task Deleting_the_job_deletes_its_stored_faces_and_its_appearances()
    {
        var job = await LearningJob.CreateAsync(fixture.Factory, seed: 14);
        await AppearancesAsync(job.PersonId, a => a.Count > 0);
        var archives = fixture.Factory.Services.GetRequiredService<FaceArchiveStore>();
        Assert.NotNull(await archives.ReadAsync(job.JobId));

        Assert.Equal(200, (int)(await _http.DeleteAsync($"/api/classification/{job.JobId}")).StatusCode);

        Assert.Null(await archives.ReadAsync(job.JobId));
        Assert.Null(await fixture.Factory.Services.GetRequiredService<IBlobStore>().OpenReadAsync(BlobKeys.JobFaces(job.JobId)));
        Assert.DoesNotContain(job.JobId, await fixture.Factory.Grains.GetGrain<IStoredFacesRegistryGrain>(0).ListAsync());
        Assert.Empty(await AppearancesAsync(job.PersonId, _ => true));
    }

    private async Task<(int Status, string Body)> PostAsync(LearningJob job, string faceId, string action, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/classification/{job.JobId}/faces/{faceId}/{action}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        return await _http.SendAsync(request).ReadAsync();
    }

    private async Task<JsonElement> ResultAsync(LearningJob job) =>
        Data(await _http.GetStringAsync($"/api/classification/{job.JobId}")).GetProperty("result").Clone();

    /// <summary>The person's appearances as (job, face), once <paramref name="ready"/> holds and no rescan is due.</summary>
    private async Task<List<(Guid, string)>> AppearancesAsync(Guid personId, Func<List<(Guid, string)>, bool> ready) =>
        await Poll.UntilAsync(
            async () =>
            {
                var data = (await _http.GetFromJsonAsync<JsonElement>($"/api/people/{personId}/appearances")).GetProperty("data");
                var list = data.GetProperty("appearances").EnumerateArray()
                    .Select(a => (Guid.Parse(a.GetProperty("job_id").GetString()!), a.GetProperty("face_id").GetString()!)).ToList();
                return !data.GetProperty("refreshing").GetBoolean() && ready(list) ? list : null;
            },
            "the person's appearances");

    private static JsonElement Data(string body) => JsonDocument.Parse(body).RootElement.GetProperty("data").Clone();

    internal static string Conflict(string error) =>
        $$"""{"status":{"code":409,"message":"conflict"},"error":{{JsonSerializer.Serialize(error)}}}""";
}
