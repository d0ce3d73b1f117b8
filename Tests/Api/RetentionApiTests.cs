using System.Net.Http.Json;
using System.Text.Json;
using FaceClassifier.Blobs;
using FaceClassifier.Jobs;
using FaceClassifier.Learning;
using FaceClassifier.Tests.Api.Learning;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Grains.Support;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Api;

/// <summary>A job past its keeping time is swept as DELETE deletes it: 404, files, descriptors, list entry and appearances gone.</summary>
[Trait("Kind", "integration")]
public sealed class RetentionApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    // A host of its own: a sweep deletes every due job of its data folder.
    private readonly HttpClient _http = fixture.Client;

    private ApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task A_finished_job_past_its_lifetime_is_deleted_with_everything_DELETE_removes_and_younger_or_running_jobs_stay()
    {
        var running = Guid.NewGuid();
        var held = Factory.Analysis.For(running).Hold();
        await Factory.Grains.GetGrain<IClassificationJob>(running).SubmitAsync(TestJobs.Submission(running));
        await held.Started.Task.WaitAsync(Poll.DefaultTimeout);
        var old = await LearningJob.CreateAsync(Factory, seed: 41);
        var blobs = Factory.Blobs!;
        string[] files = [BlobKeys.Video(old.JobId), BlobKeys.ClassifiedFrame(old.JobId), BlobKeys.FaceThumbnail(old.JobId, 0), BlobKeys.JobFaces(old.JobId)];
        foreach (var key in files[..3])
        {
            await blobs.WriteAsync(key, new MemoryStream([1, 2, 3]), 10);
        }

        var young = Guid.NewGuid();
        await Factory.Grains.GetGrain<IClassificationJob>(young).SubmitAsync(TestJobs.Submission(young));
        var youngJob = await TestJobs.WaitForDoneAsync(Factory.Grains, young);
        Assert.Equal([old.JobId], await AppearancesAsync(old.PersonId, a => a.Count > 0));

        var document = await DataAsync(old.JobId);
        Assert.Equal(document.GetProperty("completed_at").GetDateTimeOffset().AddDays(30), document.GetProperty("expires_at").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, (await DataAsync(running)).GetProperty("expires_at").ValueKind);
        foreach (var key in files)
        {
            await using var stored = await blobs.OpenReadAsync(key);
            Assert.NotNull(stored);
        }

        // The young job is exactly at its keeping time: kept; the old one finished before it and is past it.
        Factory.RetentionClock.SetUtcNow(youngJob.ExpiresAt!.Value);
        var sweep = await Factory.Grains.GetGrain<IRetentionSweeperGrain>(0).SweepNowAsync();

        Assert.Equal(new RetentionSweep(3, 1, true), sweep);
        Assert.Equal((404, Http.NotFound($"no classification job with id {old.JobId}")), await _http.GetAsync($"/api/classification/{old.JobId}").ReadAsync());
        foreach (var key in files)
        {
            Assert.Null(await blobs.OpenReadAsync(key));
        }

        Assert.DoesNotContain(old.JobId, await Factory.Grains.GetGrain<IStoredFacesRegistryGrain>(0).ListAsync());
        Assert.Empty(await AppearancesAsync(old.PersonId, _ => true));
        Assert.Equal([young, running], await ListedAsync());
        Assert.Equal(JsonValueKind.Object, (await DataAsync(young)).ValueKind);
        held.Release.SetResult();
        await TestJobs.WaitForDoneAsync(Factory.Grains, running);
    }

    private async Task<JsonElement> DataAsync(Guid id) =>
        (await _http.GetFromJsonAsync<JsonElement>($"/api/classification/{id}")).GetProperty("data");

    private async Task<List<Guid>> ListedAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/classification?limit=200");
        request.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        using var response = await _http.SendAsync(request);
        var data = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
        return [.. data.GetProperty("jobs").EnumerateArray().Select(j => Guid.Parse(j.GetProperty("id").GetString()!))];
    }

    /// <summary>The person's appearances' jobs, once <paramref name="ready"/> holds and no rescan is due.</summary>
    private Task<List<Guid>> AppearancesAsync(Guid personId, Func<List<Guid>, bool> ready) =>
        Poll.UntilAsync(
            async () =>
            {
                var data = (await _http.GetFromJsonAsync<JsonElement>($"/api/people/{personId}/appearances")).GetProperty("data");
                var jobs = data.GetProperty("appearances").EnumerateArray().Select(a => Guid.Parse(a.GetProperty("job_id").GetString()!)).ToList();
                return !data.GetProperty("refreshing").GetBoolean() && ready(jobs) ? jobs : null;
            },
            "the person's appearances");
}
