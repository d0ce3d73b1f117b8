using System.Text.Json;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FaceClassifier.Tests.Api.EndToEnd;

/// <summary>
/// Upload to completed with the real engine, video tooling and notifications, on clips made with ffmpeg
/// from the demo photos. These need the merged engine, video and notification branches.
/// </summary>
[Trait("Kind", "integration")]
[Trait("Requires", "Engine")]
public sealed class EndToEndTests(ITestOutputHelper output) : IAsyncLifetime
{
    // sample1.jpg, the middle face (box from Tests/Data/faceref/demo-samples.json).
    private static readonly (double X, double Y, double W, double H) Face = (838, 421, 187, 227);
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(5);

    private readonly ApiFactory _factory = new(realAnalysis: true, realNotifications: true);
    private readonly string _work = TestAssets.TempDirectory();
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _http = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task A_person_enrolled_from_one_crop_is_found_in_a_clip_of_another_with_a_boxed_jpeg_and_a_mail()
    {
        var photo = TestAssets.DemoImage("sample1.jpg");
        var enrolment = Path.Combine(_work, "enrol.jpg");
        var clip = Path.Combine(_work, "clip.mp4");
        await ClipMaker.CropAsync(photo, Face, margin: 0.4, enrolment);
        await ClipMaker.FaceClipAsync(photo, Face, margin: 1.5, seconds: 6, clip);

        var enrol = new HttpRequestMessage(HttpMethod.Post, "/api/people")
        {
            Content = Http.Form(("name", "Middle Person")).WithFile("photo", await File.ReadAllBytesAsync(enrolment), "enrol.jpg"),
        };
        enrol.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        var enrolled = await _http.SendAsync(enrol).ReadAsync();
        Assert.Equal(200, enrolled.Status);

        var started = DateTime.UtcNow;
        var data = await UploadAndWaitAsync(clip, "owner@example.com", "Clip Owner");
        output.WriteLine($"6 s 480p clip: upload to completed in {(DateTime.UtcNow - started).TotalSeconds:F1} s");

        Assert.Equal("completed", data.GetProperty("status").GetString());
        var person = Assert.Single(data.GetProperty("result").GetProperty("people").EnumerateArray());
        Assert.Equal("Middle Person", person.GetProperty("name").GetString());
        Assert.InRange(person.GetProperty("first_seen_s").GetDouble(), 0, 1);
        Assert.InRange(person.GetProperty("last_seen_s").GetDouble(), 4.5, 6);
        Assert.InRange(person.GetProperty("appearances").GetInt32(), 9, 13);
        Assert.Empty(data.GetProperty("result").GetProperty("unknown_faces").EnumerateArray());

        var jpeg = await _http.GetByteArrayAsync(data.GetProperty("image_file_url").GetString());
        Assert.Equal([0xFF, 0xD8], jpeg[..2]);
        await AssertBoxDrawnAsync(clip, person.GetProperty("best_frame_s").GetDouble(), jpeg);

        var mail = await Poll.UntilAsync(
            () => Task.FromResult(Directory.Exists(Outbox) ? Directory.GetFiles(Outbox, "*.eml").Select(File.ReadAllText).FirstOrDefault(m => m.Contains("owner@example.com")) : null),
            "the success mail in the outbox");
        Assert.Contains("Middle Person", mail);
    }

    [Fact]
    public async Task A_clip_without_faces_completes_with_nobody()
    {
        var clip = Path.Combine(_work, "noface.mp4");
        await ClipMaker.NoFaceClipAsync(4, clip);

        var data = await UploadAndWaitAsync(clip, "owner@example.com", "Owner");

        Assert.Equal("completed", data.GetProperty("status").GetString());
        var result = data.GetProperty("result");
        Assert.Empty(result.GetProperty("people").EnumerateArray());
        Assert.Empty(result.GetProperty("unknown_faces").EnumerateArray());
        Assert.Equal(0, result.GetProperty("faces_detected").GetInt32());
        Assert.InRange(result.GetProperty("frames_analysed").GetInt32(), 7, 9);
    }

    [Fact]
    public async Task A_file_that_is_not_a_video_gets_the_probes_400()
    {
        var form = Http.Form(("name", "Ann"), ("email", "ann@example.com")).WithFile("file", [.. Enumerable.Range(0, 10_000).Select(i => (byte)(i * 31))]);
        var (status, body) = await _http.PostAsync("/api/upload", form).ReadAsync();
        Assert.Equal(400, status);
        using var doc = JsonDocument.Parse(body);
        Assert.Equal("""{"code":400,"message":"bad request"}""", doc.RootElement.GetProperty("status").GetRawText());
        Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Timing_a_60_second_720p_clip()
    {
        var clip = Path.Combine(_work, "long.mp4");
        await ClipMaker.PhotoClipAsync(TestAssets.DemoImage("sample2.jpg"), 60, clip);
        var started = DateTime.UtcNow;
        var data = await UploadAndWaitAsync(clip, "owner@example.com", "Owner");
        output.WriteLine($"60 s 720p clip: upload to completed in {(DateTime.UtcNow - started).TotalSeconds:F1} s");
        Assert.Equal("completed", data.GetProperty("status").GetString());
        Assert.Equal(3, data.GetProperty("result").GetProperty("unknown_faces").GetArrayLength() + data.GetProperty("result").GetProperty("people").GetArrayLength());
    }

    private string Outbox => Path.Combine(_factory.DataDirectory, "outbox");

    private async Task<JsonElement> UploadAndWaitAsync(string clip, string email, string name)
    {
        var form = Http.Form(("name", name), ("email", email)).WithFile("file", await File.ReadAllBytesAsync(clip), "my holiday (1).mp4");
        var (status, body) = await _http.PostAsync("/api/upload", form).ReadAsync();
        Assert.Equal(200, status);
        using var upload = JsonDocument.Parse(body);
        Assert.Equal(["status", "id"], Http.Names(upload.RootElement));
        var id = upload.RootElement.GetProperty("id").GetString();

        var finished = await Poll.UntilAsync(
            async () =>
            {
                var json = await _http.GetStringAsync($"/api/classification/{id}");
                using var doc = JsonDocument.Parse(json);
                return doc.RootElement.GetProperty("data").GetProperty("status").GetString() == "processing" ? null : json;
            },
            "the job to finish",
            JobTimeout);
        using var result = JsonDocument.Parse(finished);
        return result.RootElement.GetProperty("data").Clone();
    }

    /// <summary>The rendered frame differs from the raw frame along the detected face's box and hardly anywhere else.</summary>
    private async Task AssertBoxDrawnAsync(string clip, double seconds, byte[] jpeg)
    {
        var rawPath = Path.Combine(_work, "raw.png");
        await ClipMaker.FrameAsync(clip, seconds, rawPath);
        var codec = _factory.Services.GetRequiredService<IImageCodec>();
        var raw = codec.Decode(await File.ReadAllBytesAsync(rawPath));
        var rendered = codec.Decode(jpeg);
        Assert.Equal((raw.Width, raw.Height), (rendered.Width, rendered.Height));
        var box = Assert.Single(_factory.Services.GetRequiredService<IFaceAnalyzer>().Analyze(raw, withDescriptors: false)).Detection.Box;

        double Diff(int x, int y)
        {
            var i = (y * raw.Width + x) * 3;
            return (Math.Abs(raw.Pixels[i] - rendered.Pixels[i]) + Math.Abs(raw.Pixels[i + 1] - rendered.Pixels[i + 1]) + Math.Abs(raw.Pixels[i + 2] - rendered.Pixels[i + 2])) / 3.0;
        }

        var edge = Enumerable.Range(0, 40).Select(k => Diff((int)(box.X + box.Width * k / 40), (int)box.Y)).Average();
        var corner = Enumerable.Range(0, 40).Select(k => Diff(k, raw.Height - 1 - k)).Average();
        output.WriteLine($"mean difference on the box's top edge {edge:F1}, in a far corner {corner:F1}");
        Assert.True(edge > 30, $"no box drawn along the face's top edge (mean difference {edge:F1})");
        Assert.True(corner < 10, $"the frame changed far from the face (mean difference {corner:F1})");
    }
}
