using System.Globalization;
using System.Text.Json;
using FaceClassifier.Tests.Browser.Support;
using FaceClassifier.Tests.Testing;
using Microsoft.Playwright;

namespace FaceClassifier.Tests.Browser;

/// <summary>A finished job's page: a face picture per row, a timeline lane per face with its segments, a click that seeks the player.</summary>
[Trait("Kind", "browser")]
[Collection(BrowserCollection.Name)]
public sealed class JobTimelineTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_timeline_has_a_lane_per_face_with_its_segments_and_a_segment_click_seeks_the_video()
    {
        using var api = new UiApi(fixture.App);
        var id = await api.FinishedJobAsync(ScenarioMedia.PanVideo);
        using var job = await api.JobAsync(id);
        var result = job.RootElement.GetProperty("data").GetProperty("result");
        // Whom the video's faces are depends on who other tests left in the shared gallery, so the page is held to the API's answer.
        var faces = result.GetProperty("people").EnumerateArray().Concat(result.GetProperty("unknown_faces").EnumerateArray())
            .Select(face => (Id: face.GetProperty("face_id").GetString()!, Segments: Segments(face)))
            .ToList();
        Assert.Equal(3, faces.Count);

        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await page.GotoAsync($"/jobs/{id}");

        await Assertions.Expect(page.Locator("#timeline .lane")).ToHaveCountAsync(faces.Count);
        foreach (var (faceId, segments) in faces)
        {
            var blocks = page.Locator($"#timeline .lane[data-face-id='{faceId}'] .segment");
            await Assertions.Expect(blocks).ToHaveCountAsync(segments.Count);
            Assert.Equal(
                segments.Select(s => s.Start),
                (await blocks.EvaluateAllAsync<string[]>("blocks => blocks.map(b => b.dataset.start)")).Select(s => double.Parse(s, CultureInfo.InvariantCulture)));
        }

        // Every face row has its picture, and it loads.
        var pictures = page.Locator("#results tbody img.thumb");
        await Assertions.Expect(pictures).ToHaveCountAsync(faces.Count);
        foreach (var picture in await pictures.AllAsync())
        {
            await Assertions.Expect(picture).ToHaveJSPropertyAsync("complete", true);
            Assert.True(await picture.EvaluateAsync<int>("img => img.naturalWidth") > 0, "a face thumbnail loaded");
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "subtitles (WebVTT)" })).ToHaveAttributeAsync("href", $"/api/classification/{id}/result.vtt");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "table (CSV)" })).ToHaveAttributeAsync("href", $"/api/classification/{id}/result.csv");

        // The player reads the video through its signed link (range requests), and the result as subtitles: a cue per segment.
        var video = page.Locator("#player");
        var duration = result.GetProperty("duration_s").GetDouble();
        await Poll.UntilAsync(async () => await video.EvaluateAsync<bool>("v => v.readyState >= 1") ? "metadata" : null, "the video's metadata");
        Assert.InRange(await video.EvaluateAsync<double>("v => v.duration"), duration - 0.5, duration + 0.5);
        var cues = faces.Sum(f => f.Segments.Count);
        await Poll.UntilAsync(
            async () => await video.EvaluateAsync<int>("v => v.textTracks[0]?.cues?.length ?? -1") == cues ? "cues" : null,
            $"{cues} subtitle cues");

        // From the end of the video, a click on the latest-starting segment brings the player back to that segment's start.
        await video.EvaluateAsync("v => { v.currentTime = v.duration - 0.2; }");
        await Poll.UntilAsync(async () => await video.EvaluateAsync<bool>("v => !v.seeking && v.currentTime > v.duration - 1") ? "at end" : null, "the player at the end");
        var (targetFace, target) = faces.SelectMany(f => f.Segments.Select(s => (f.Id, s))).MaxBy(x => x.s.Start);
        await page.Locator($"#timeline .lane[data-face-id='{targetFace}'] .segment").Nth(faces.Single(f => f.Id == targetFace).Segments.IndexOf(target)).ClickAsync();

        var seekedTo = await Poll.UntilAsync(
            async () => await video.EvaluateAsync<double?>("v => v.seeking || v.readyState < 2 ? null : v.currentTime") is { } at && Math.Abs(at - target.Start) < 1.5 ? (object)at : null,
            $"the player to seek to {target.Start} s");
        Assert.InRange((double)seekedTo, target.Start - 0.1, target.Start + 1.5);
        await browser.ScreenshotAsync("job");
        Assert.Empty(browser.Problems);

        // On a phone each lane's label sits above its bar.
        await using var phone = await fixture.OpenAsync(width: 375, height: 800);
        await phone.Page.GotoAsync($"/jobs/{id}");
        await Assertions.Expect(phone.Page.Locator("#timeline .lane .segment")).ToHaveCountAsync(cues);
        await phone.ScreenshotAsync("job-phone");
        Assert.Empty(phone.Problems);
    }

    private static List<(double Start, double End)> Segments(JsonElement face) =>
        face.GetProperty("segments").EnumerateArray().Select(s => (s.GetProperty("start_s").GetDouble(), s.GetProperty("end_s").GetDouble())).ToList();
}
