using System.Net;
using System.Text.Json;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FaceClassifier.Tests.Api.EndToEnd;

/// <summary>
/// A real job on a 3 s clip of a group photo with one of its three people enrolled: every person and unknown face
/// gets a thumbnail of their face, the classified frame boxes all of them, and deleting the job deletes the thumbnails.
/// </summary>
[Trait("Kind", "integration")]
[Trait("Requires", "Engine")]
public sealed class ResultThumbnailTests(ITestOutputHelper output) : IAsyncLifetime
{
    // sample1.jpg, the middle face (box from Tests/Data/faceref/demo-samples.json).
    private static readonly (double X, double Y, double W, double H) Middle = (838, 421, 187, 227);

    private readonly ApiFactory _factory = new(realAnalysis: true);
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
    public async Task Each_face_in_the_result_links_to_a_jpeg_of_it_that_goes_when_the_job_is_deleted()
    {
        var photo = TestAssets.DemoImage("sample1.jpg");
        var enrolment = Path.Combine(_work, "enrol.jpg");
        var clip = Path.Combine(_work, "group.mp4");
        await ClipMaker.CropAsync(photo, Middle, margin: 0.4, enrolment);
        await ClipMaker.GroupClipAsync(photo, seconds: 3, clip);
        await EnrolAsync("Middle Person", enrolment);

        var (id, data) = await UploadAndWaitAsync(clip);

        var result = data.GetProperty("result");
        var person = Assert.Single(result.GetProperty("people").EnumerateArray());
        Assert.Equal("Middle Person", person.GetProperty("name").GetString());
        var unknown = result.GetProperty("unknown_faces").EnumerateArray().ToList();
        Assert.Equal(2, unknown.Count);
        var links = unknown.Prepend(person).Select(f => f.GetProperty("thumbnail_url").GetString()!).ToList();
        Assert.Equal(3, links.Distinct().Count());

        // Each thumbnail shows one face, and the named person's is the face nearest to the enrolment photo.
        var analyzer = _factory.Services.GetRequiredService<IFaceAnalyzer>();
        var codec = _factory.Services.GetRequiredService<IImageCodec>();
        var enrolled = Assert.Single(analyzer.Analyze(codec.Decode(await File.ReadAllBytesAsync(enrolment)))).Descriptor!;
        var distances = new List<float>();
        foreach (var link in links)
        {
            var jpeg = await _http.GetByteArrayAsync(link);
            Assert.Equal([0xFF, 0xD8], jpeg[..2]);
            var thumbnail = codec.Decode(jpeg);
            var face = Assert.Single(analyzer.Analyze(thumbnail));
            distances.Add(DescriptorMath.Distance(enrolled, face.Descriptor!));
            output.WriteLine($"{link.Split('?')[0]}: {thumbnail.Width}x{thumbnail.Height}, {jpeg.Length} bytes, distance to the enrolment {distances[^1]:F3}");
            Assert.InRange(Math.Max(thumbnail.Width, thumbnail.Height), 100, 160);
        }

        Assert.Equal(0, distances.IndexOf(distances.Min()));

        await AssertEveryFaceBoxedAsync(clip, person.GetProperty("best_frame_s").GetDouble(), await _http.GetByteArrayAsync(data.GetProperty("image_file_url").GetString()));

        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/classification/{id}");
        delete.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        Assert.Equal(200, (await _http.SendAsync(delete).ReadAsync()).Status);
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(link)).StatusCode);
        }
    }

    private async Task EnrolAsync(string name, string photo)
    {
        var enrol = new HttpRequestMessage(HttpMethod.Post, "/api/people")
        {
            Content = Http.Form(("name", name)).WithFile("photo", await File.ReadAllBytesAsync(photo), "enrol.jpg"),
        };
        enrol.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        Assert.Equal(200, (await _http.SendAsync(enrol).ReadAsync()).Status);
    }

    private async Task<(string Id, JsonElement Data)> UploadAndWaitAsync(string clip)
    {
        var form = Http.Form(("name", "Owner"), ("email", "owner@example.com")).WithFile("file", await File.ReadAllBytesAsync(clip), "group.mp4");
        var (status, body) = await _http.PostAsync("/api/upload", form).ReadAsync();
        Assert.Equal(200, status);
        using var upload = JsonDocument.Parse(body);
        var id = upload.RootElement.GetProperty("id").GetString()!;
        var finished = await Poll.UntilAsync(
            async () =>
            {
                var json = await _http.GetStringAsync($"/api/classification/{id}");
                using var doc = JsonDocument.Parse(json);
                return doc.RootElement.GetProperty("data").GetProperty("status").GetString() == "processing" ? null : json;
            },
            "the job to finish",
            TimeSpan.FromMinutes(3));
        using var done = JsonDocument.Parse(finished);
        var data = done.RootElement.GetProperty("data").Clone();
        Assert.Equal("completed", data.GetProperty("status").GetString());
        return (id, data);
    }

    /// <summary>Along the top edge of every face found in the raw frame, the classified frame differs from it: a box is drawn there.</summary>
    private async Task AssertEveryFaceBoxedAsync(string clip, double seconds, byte[] classified)
    {
        var rawPath = Path.Combine(_work, "raw.png");
        await ClipMaker.FrameAsync(clip, seconds, rawPath);
        var codec = _factory.Services.GetRequiredService<IImageCodec>();
        var raw = codec.Decode(await File.ReadAllBytesAsync(rawPath));
        var rendered = codec.Decode(classified);
        Assert.Equal((raw.Width, raw.Height), (rendered.Width, rendered.Height));
        var faces = _factory.Services.GetRequiredService<IFaceAnalyzer>().Analyze(raw, withDescriptors: false);
        Assert.Equal(3, faces.Count);
        foreach (var box in faces.Select(f => f.Detection.Box))
        {
            var edge = Enumerable.Range(0, 40).Select(k => Difference(raw, rendered, (int)(box.X + (box.Width * k / 40)), (int)box.Y)).Average();
            output.WriteLine($"face at ({box.X:F0}, {box.Y:F0}): mean difference on its top edge {edge:F1}");
            Assert.True(edge > 30, $"no box drawn along the top edge of the face at ({box.X:F0}, {box.Y:F0}): mean difference {edge:F1}");
        }
    }

    private static double Difference(RgbImage a, RgbImage b, int x, int y)
    {
        var i = ((y * a.Width) + x) * 3;
        return (Math.Abs(a.Pixels[i] - b.Pixels[i]) + Math.Abs(a.Pixels[i + 1] - b.Pixels[i + 1]) + Math.Abs(a.Pixels[i + 2] - b.Pixels[i + 2])) / 3.0;
    }
}
