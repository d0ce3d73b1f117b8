using System.Text.Json;
using FaceClassifier.Notifications.Webhooks;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Notifications.Support;
using FaceClassifier.Tests.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace FaceClassifier.Tests.Api.EndToEnd;

/// <summary>
/// A video processed with nobody enrolled; a person is then enrolled from a photo of one of its faces, and the
/// person's appearances find that job from its stored descriptors, with no chunk analysed again, and a signed
/// person.identified webhook says so.
/// </summary>
[Trait("Kind", "integration")]
[Trait("Requires", "Engine")]
public sealed class AppearancesEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(5);

    private readonly ApiFactory _factory = new(realAnalysis: true);
    private WebhookReceiver _receiver = null!;
    private WebApplicationFactory<Program> _host = null!;
    private CountingChunkAnalyzer? _analyses;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync(TimeProvider.System);
        _host = _factory.WithWebHostBuilder(b => b
            .UseSetting("Webhooks:GlobalUrl", _receiver.Url.AbsoluteUri)
            .UseSetting("Webhooks:AllowPrivateNetworks", "true")
            .UseSetting("Webhooks:PersonIdentified", "true")
            .UseSetting("Webhooks:Secret", ApiFactory.WebhookSecret)
            .ConfigureTestServices(s => CountingChunkAnalyzer.Decorate(s, c => _analyses = c)));
        _http = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _factory.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_person_enrolled_after_a_job_finds_it_among_their_appearances_without_analysing_again()
    {
        var jobId = await UploadAndWaitAsync(TestVideos.GroupZoom);
        var job = await GetJsonAsync($"/api/classification/{jobId}");
        var result = job.GetProperty("data").GetProperty("result");
        Assert.Empty(result.GetProperty("people").EnumerateArray());
        Assert.Equal(3, result.GetProperty("unknown_faces").GetArrayLength());
        var analysed = _analyses!.Calls;
        Assert.True(analysed > 0);

        var enrol = new HttpRequestMessage(HttpMethod.Post, "/api/people")
        {
            Content = Http.Form(("name", "Later Person")).WithFile("photo", TestFacePhotos.Face(1, 1), "face.jpg"),
        };
        enrol.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        var (status, body) = await _http.SendAsync(enrol).ReadAsync();
        Assert.Equal(200, status);
        var personId = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("person_id").GetString();

        var found = await Poll.UntilAsync(
            async () =>
            {
                var data = (await GetJsonAsync($"/api/people/{personId}/appearances")).GetProperty("data");
                return data.GetProperty("appearances").GetArrayLength() > 0 ? data.GetProperty("appearances").GetRawText() : null;
            },
            "the new person's appearances to list the earlier job");

        var appearance = Assert.Single(JsonDocument.Parse(found).RootElement.EnumerateArray());
        Assert.Equal(jobId, appearance.GetProperty("job_id").GetString());
        var faceId = appearance.GetProperty("face_id").GetString();
        var face = Assert.Single(result.GetProperty("unknown_faces").EnumerateArray(), u => u.GetProperty("face_id").GetString() == faceId);
        Assert.Equal(face.GetProperty("first_seen_s").GetDouble(), appearance.GetProperty("first_seen_s").GetDouble());
        Assert.Equal(face.GetProperty("last_seen_s").GetDouble(), appearance.GetProperty("last_seen_s").GetDouble());
        Assert.Equal(face.GetProperty("segments").GetRawText(), appearance.GetProperty("segments").GetRawText());
        Assert.Equal(analysed, _analyses.Calls);

        var hook = await _receiver.NextAsync();
        Assert.Equal(WebhookSignature.Compute(ApiFactory.WebhookSecret, hook.Body), hook.Headers[WebhookHeaders.Signature]);
        using var identified = JsonDocument.Parse(hook.Body);
        Assert.Equal("person.identified", identified.RootElement.GetProperty("event").GetString());
        var data = identified.RootElement.GetProperty("data");
        Assert.Equal(
            (personId, "Later Person", jobId, faceId, appearance.GetProperty("segments").GetRawText()),
            (data.GetProperty("person_id").GetString(), data.GetProperty("name").GetString(), data.GetProperty("job_id").GetString(),
             data.GetProperty("face_id").GetString(), data.GetProperty("segments").GetRawText()));
        Assert.Equal(1, _receiver.Count);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var doc = JsonDocument.Parse(await _http.GetStringAsync(path));
        return doc.RootElement.Clone();
    }

    private async Task<string> UploadAndWaitAsync(string clip)
    {
        var form = Http.Form(("name", "Owner"), ("email", "owner@example.com")).WithFile("file", await File.ReadAllBytesAsync(clip), "group.mp4");
        var (status, body) = await _http.PostAsync("/api/upload", form).ReadAsync();
        Assert.Equal(200, status);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        await Poll.UntilAsync(
            async () => (await GetJsonAsync($"/api/classification/{id}")).GetProperty("data").GetProperty("status").GetString() is "processing" ? null : "done",
            "the job to finish",
            JobTimeout);
        return id;
    }
}
