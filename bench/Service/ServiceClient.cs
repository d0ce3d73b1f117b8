using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace FaceClassifier.Bench.Service;

/// <summary>What a completed job found: data.result of GET /api/classification/{id}.</summary>
internal sealed record JobCounts(int Frames, int Faces, int People, int UnknownFaces)
{
    public override string ToString() => $"{Frames} frames, {Faces} faces, {People} people + {UnknownFaces} unknown";
}

/// <summary>The service's HTTP API as a user's client calls it; times are read off one clock, <see cref="Now"/>.</summary>
internal sealed class ServiceClient(Uri address) : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly HttpClient _http = new() { BaseAddress = address, Timeout = TimeSpan.FromMinutes(10) };
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TimeSpan Now => _clock.Elapsed;

    /// <summary>POST /api/upload with name, email and the video as "file"; the job id and when the answer arrived.</summary>
    public async Task<(string Id, TimeSpan Sent, TimeSpan Answered)> UploadAsync(string video)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Service bench"), "name" },
            { new StringContent("bench@example.com"), "email" },
        };
        var file = new StreamContent(File.OpenRead(video));
        file.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
        form.Add(file, "file", Path.GetFileName(video));
        var sent = Now;
        using var response = await _http.PostAsync("api/upload", form);
        var answered = Now;
        using var json = await ReadAsync(response, "POST /api/upload");
        return (json.RootElement.GetProperty("id").GetString()!, sent, answered);
    }

    /// <summary>Polls GET /api/classification/{id} every 50 ms until completed; the counts and when it was seen completed.</summary>
    public async Task<(JobCounts Counts, TimeSpan Completed)> WaitCompletedAsync(string id, TimeSpan deadline)
    {
        var until = Now + deadline;
        while (true)
        {
            using (var response = await _http.GetAsync($"api/classification/{id}"))
            {
                var seen = Now;
                using var json = await ReadAsync(response, $"GET /api/classification/{id}");
                var data = json.RootElement.GetProperty("data");
                switch (data.GetProperty("status").GetString())
                {
                    case "completed":
                        var result = data.GetProperty("result");
                        return (new JobCounts(
                            result.GetProperty("frames_analysed").GetInt32(),
                            result.GetProperty("faces_detected").GetInt32(),
                            result.GetProperty("people").GetArrayLength(),
                            result.GetProperty("unknown_faces").GetArrayLength()), seen);
                    case "error":
                        throw new InvalidOperationException($"job {id} failed: {data.GetProperty("error").GetString()}");
                }
            }

            if (Now > until)
            {
                throw new TimeoutException($"job {id} did not complete within {deadline.TotalSeconds:0} s");
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>POST /api/faces/detect?descriptors=true with one photo as "image"; the image's size, the faces found and the round trip.</summary>
    public async Task<(string Size, int Faces, TimeSpan Elapsed)> DetectAsync(byte[] photo, string name)
    {
        using var form = new MultipartFormDataContent();
        var image = new ByteArrayContent(photo);
        image.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(image, "image", name);
        var sent = Now;
        using var response = await _http.PostAsync("api/faces/detect?descriptors=true", form);
        using var json = await ReadAsync(response, "POST /api/faces/detect");
        var elapsed = Now - sent;
        var data = json.RootElement.GetProperty("data");
        return ($"{data.GetProperty("width").GetInt32()}x{data.GetProperty("height").GetInt32()}", data.GetProperty("faces").GetArrayLength(), elapsed);
    }

    public void Dispose() => _http.Dispose();

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{what}: HTTP {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
        }

        return JsonDocument.Parse(body);
    }
}
