using System.Text.Json;
using FaceClassifier.Gallery;
using FaceClassifier.Tests.Api.Support;
using FaceClassifier.Tests.Grains.Gallery;
using FaceClassifier.Tests.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Api.EndToEnd;

/// <summary>
/// A gallery of thousands in one deployment, restarted: every person enrolled is accepted, paged through
/// GET /api/people, still there after the restart, and a job afterwards names the one person it shows and nobody else.
/// </summary>
public static class GalleryScaleScenario
{
    public const int People = 2000;

    // sample1.jpg, the middle face (box from Tests/Data/faceref/demo-samples.json).
    private static readonly (double X, double Y, double W, double H) Face = (838, 421, 187, 227);

    /// <summary>Runs the scenario over two hosts that <paramref name="start"/> makes on the same storage, one after the other.</summary>
    public static async Task RunAsync<T>(Func<T> start, string work, string? apiKey)
        where T : WebApplicationFactory<Program>
    {
        var enrolment = Path.Combine(work, "enrol.jpg");
        var clip = Path.Combine(work, "clip.mp4");
        await ClipMaker.CropAsync(TestAssets.DemoImage("sample1.jpg"), Face, margin: 0.4, enrolment);
        await ClipMaker.FaceClipAsync(TestAssets.DemoImage("sample1.jpg"), Face, margin: 1.5, seconds: 6, clip);

        string personId;
        HashSet<string> before;
        await using (var first = start())
        {
            using var http = Client(first, apiKey);
            var enrol = Http.Form(("name", "Middle Person")).WithFile("photo", await File.ReadAllBytesAsync(enrolment), "enrol.jpg");
            var (status, body) = await http.PostAsync("/api/people", enrol).ReadAsync();
            Assert.True(status == 200, body);
            personId = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;

            // The others have distinct synthetic descriptors: enrolled where the API puts a photo's descriptor.
            var gallery = first.Services.GetRequiredService<IGallery>();
            await Parallel.ForEachAsync(Enumerable.Range(1, People - 1), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
            {
                var id = Guid.NewGuid();
                var written = await gallery.EnrolAsync(id, $"Person {i:D4}", [Descriptors.Of(id, 0)]);
                Assert.Equal(PersonWriteStatus.Done, written.Status);
            });

            before = await ListAllAsync(http);
            Assert.Equal(People, before.Count);
            Assert.Contains(personId, before);
        }

        await using var second = start();
        using var again = Client(second, apiKey);
        Assert.Equal(before, await ListAllAsync(again));

        var upload = Http.Form(("name", "Clip Owner"), ("email", "owner@example.com")).WithFile("file", await File.ReadAllBytesAsync(clip), "clip.mp4");
        var (uploaded, answer) = await again.PostAsync("/api/upload", upload).ReadAsync();
        Assert.True(uploaded == 200, answer);
        var jobId = JsonDocument.Parse(answer).RootElement.GetProperty("id").GetString()!;
        var json = await Poll.UntilAsync(
            async () =>
            {
                var text = await again.GetStringAsync($"/api/classification/{jobId}");
                using var doc = JsonDocument.Parse(text);
                return doc.RootElement.GetProperty("data").GetProperty("status").GetString() == "processing" ? null : text;
            },
            "the job to finish",
            TimeSpan.FromMinutes(5));
        var finished = JsonDocument.Parse(json).RootElement.GetProperty("data");
        Assert.Equal("completed", finished.GetProperty("status").GetString());
        var named = Assert.Single(finished.GetProperty("result").GetProperty("people").EnumerateArray());
        Assert.Equal((personId, "Middle Person"), (named.GetProperty("person_id").GetString(), named.GetProperty("name").GetString()));
    }

    private static HttpClient Client<T>(T factory, string? apiKey)
        where T : WebApplicationFactory<Program>
    {
        var http = factory.CreateClient();
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return http;
    }

    private static async Task<HashSet<string>> ListAllAsync(HttpClient http)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            using var page = JsonDocument.Parse(await http.GetStringAsync("/api/people?limit=300" + (cursor is null ? "" : $"&cursor={cursor}")));
            var data = page.RootElement.GetProperty("data");
            ids.AddRange(data.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("person_id").GetString()!));
            cursor = data.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(ids.Count, ids.Distinct().Count());
        return [.. ids];
    }
}
