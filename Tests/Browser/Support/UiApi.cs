using System.Net.Http.Headers;
using System.Text.Json;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Browser.Support;

/// <summary>The UI app's REST API, for setting a scene up (a finished job, gallery people) and cleaning it away.</summary>
internal sealed class UiApi(UiApp app) : IDisposable
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(3);

    private readonly HttpClient _http = new() { BaseAddress = app.BaseAddress };

    /// <summary>Uploads a video and waits until its job is completed and its result sent; returns the job's id.</summary>
    public async Task<string> FinishedJobAsync(string video)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Timeline Tester"), "name" },
            { new StringContent("timeline@example.com"), "email" },
        };
        var file = new StreamContent(File.OpenRead(video));
        file.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
        form.Add(file, "file", Path.GetFileName(video));
        using var uploaded = await SendAsync(HttpMethod.Post, "/api/upload", form);
        var id = uploaded.RootElement.GetProperty("id").GetString()!;
        await Poll.UntilAsync(
            async () =>
            {
                using var job = await JobAsync(id);
                var data = job.RootElement.GetProperty("data");
                var status = data.GetProperty("status").GetString();
                Assert.NotEqual("error", status);
                return status == "completed" && data.GetProperty("stage").GetString() == "done" ? "done" : null;
            },
            $"job {id} to finish",
            JobTimeout);
        return id;
    }

    /// <summary>GET /api/classification/{id}: the whole envelope.</summary>
    public Task<JsonDocument> JobAsync(string id) => SendAsync(HttpMethod.Get, $"/api/classification/{id}");

    /// <summary>Enrolls a person from one photo; returns their id.</summary>
    public async Task<string> EnrollAsync(string name, string photo)
    {
        using var form = new MultipartFormDataContent { { new StringContent(name), "name" } };
        var file = new StreamContent(File.OpenRead(photo));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "photo", Path.GetFileName(photo));
        using var person = await SendAsync(HttpMethod.Post, "/api/people", form);
        return person.RootElement.GetProperty("data").GetProperty("person_id").GetString()!;
    }

    /// <summary>Deletes every gallery person whose name starts with the prefix, so the shared app's gallery is as before.</summary>
    public async Task DeletePeopleAsync(string namePrefix)
    {
        using var page = await SendAsync(HttpMethod.Get, $"/api/people?name={Uri.EscapeDataString(namePrefix)}");
        foreach (var person in page.RootElement.GetProperty("data").GetProperty("people").EnumerateArray())
        {
            (await SendAsync(HttpMethod.Delete, $"/api/people/{person.GetProperty("person_id").GetString()}")).Dispose();
        }
    }

    private async Task<JsonDocument> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-Api-Key", UiApp.ApiKey);
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }

    public void Dispose() => _http.Dispose();
}
