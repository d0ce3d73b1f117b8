using System.Text.RegularExpressions;
using FaceClassifier.Tests.Browser.Support;
using FaceClassifier.Tests.Testing;
using Microsoft.Playwright;

namespace FaceClassifier.Tests.Browser;

/// <summary>
/// Correcting a finished job from its page: an unknown face is named (a new gallery person, after the key prompt) and the
/// page shows it among the people, the gallery lists the job among the person's videos, and "Not this person" undoes it.
/// </summary>
[Trait("Kind", "browser")]
[Collection(BrowserCollection.Name)]
public sealed class FaceNamingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_unknown_face_named_on_the_job_page_moves_to_the_people_and_not_this_person_moves_it_back()
    {
        var name = $"Zoe{Guid.NewGuid().ToString("N")[..8]}";
        using var api = new UiApi(fixture.App);
        try
        {
            var id = await api.FinishedJobAsync(ScenarioMedia.PanVideo);
            using var job = await api.JobAsync(id);
            var result = job.RootElement.GetProperty("data").GetProperty("result");
            var peopleBefore = result.GetProperty("people").GetArrayLength();
            var unknown = result.GetProperty("unknown_faces").EnumerateArray().ToList();
            // The face seen longest has frames good enough to learn from.
            var face = unknown.MaxBy(f => f.GetProperty("appearances").GetInt32());
            var faceId = face.GetProperty("face_id").GetString()!;
            var label = face.GetProperty("label").GetString()!;

            await using var browser = await fixture.OpenAsync();
            var page = browser.Page;
            await page.GotoAsync($"/jobs/{id}");
            var peopleRows = page.Locator("#people tbody tr");
            var unknownRows = page.Locator("#unknown tbody tr");
            await Assertions.Expect(unknownRows).ToHaveCountAsync(unknown.Count);

            await unknownRows.And(page.Locator($"[data-face-id='{faceId}']")).GetByRole(AriaRole.Button, new() { Name = "Name this face" }).ClickAsync();
            await Assertions.Expect(page.Locator("#name-face-heading")).ToHaveTextAsync($"Who is {label}?");
            await page.GetByLabel("Their name").FillAsync(name);
            await Assertions.Expect(page.GetByLabel($"A new person named “{name}”")).ToBeCheckedAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Name the face" }).ClickAsync();

            await Assertions.Expect(page.Locator("#key-message"))
                .ToHaveTextAsync("Changing the gallery needs the server's API key. Enter it here; the change is then sent again.");
            await page.GetByLabel("API key for changing the gallery").FillAsync(UiApp.ApiKey);
            await page.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();

            await Assertions.Expect(page.Locator("#faces-message")).ToHaveTextAsync(
                $"{label} is now named {name}. They are in the gallery now and will be recognised from now on.");
            await Assertions.Expect(peopleRows).ToHaveCountAsync(peopleBefore + 1);
            var namedRow = peopleRows.And(page.Locator($"[data-face-id='{faceId}']"));
            await Assertions.Expect(namedRow.Locator("th")).ToHaveTextAsync(name);
            await Assertions.Expect(unknownRows).ToHaveCountAsync(unknown.Count - 1);
            var lane = page.Locator($"#timeline .lane[data-face-id='{faceId}']");
            await Assertions.Expect(lane).ToHaveClassAsync("lane known");
            await Assertions.Expect(lane.Locator(".lane-label")).ToHaveTextAsync(name);
            await browser.ScreenshotAsync("job-face-named");

            // The gallery knows the new person and lists this job among their videos (brought up to date in the background).
            await page.GotoAsync("/people");
            await page.GetByLabel("Find a person").FillAsync(name);
            await Assertions.Expect(page.Locator("#list-status")).ToHaveTextAsync($"1 person whose name starts with \"{name}\".");
            var videos = page.Locator(".person details.appearances");
            // Other browser tests' jobs of the same video may be listed too: this person's face is in them.
            var link = videos.Locator($"a[href='/jobs/{id}']");
            await Poll.UntilAsync(
                async () =>
                {
                    await videos.Locator("summary").ClickAsync();
                    if (!await videos.EvaluateAsync<bool>("d => d.open"))
                    {
                        return null;
                    }

                    await Assertions.Expect(videos.Locator(".appearances-body")).Not.ToHaveTextAsync("Looking…");
                    return await link.CountAsync() > 0 ? "listed" : null;
                },
                "the job among the person's videos");
            await Assertions.Expect(link).ToHaveTextAsync($"Job {id[..8]}");
            await browser.ScreenshotAsync("gallery-appearances");

            await link.ClickAsync();
            await page.WaitForURLAsync($"**/jobs/{id}");
            await page.GetByRole(AriaRole.Button, new() { Name = $"Not this person ({name} is someone else)" }).ClickAsync();

            await Assertions.Expect(page.Locator("#faces-message")).ToHaveTextAsync(
                $"{name} was taken off this face and it will not be taken for them again. It is listed under unknown faces.");
            await Assertions.Expect(peopleRows).ToHaveCountAsync(peopleBefore);
            await Assertions.Expect(unknownRows).ToHaveCountAsync(unknown.Count);
            await Assertions.Expect(unknownRows.And(page.Locator($"[data-face-id='{faceId}']"))).ToHaveCountAsync(1);
            await Assertions.Expect(lane).ToHaveClassAsync("lane unknown");

            // Another unknown face is named as the person now in the gallery, chosen from the names that start as typed.
            var other = unknown.First(f => f.GetProperty("face_id").GetString() != faceId);
            var otherId = other.GetProperty("face_id").GetString()!;
            var otherLabel = other.GetProperty("label").GetString()!;
            await unknownRows.And(page.Locator($"[data-face-id='{otherId}']")).GetByRole(AriaRole.Button, new() { Name = "Name this face" }).ClickAsync();
            await page.GetByLabel("Their name").FillAsync(name[..5]);
            await page.GetByLabel(new Regex($"^{name} \\(already in the gallery, \\d+ photos?\\)$")).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Name the face" }).ClickAsync();

            await Assertions.Expect(page.Locator("#faces-message")).ToHaveTextAsync(
                $"{otherLabel} is now named {name}. This face was added to their photos and will be recognised from now on.");
            await Assertions.Expect(peopleRows.And(page.Locator($"[data-face-id='{otherId}']")).Locator("th")).ToHaveTextAsync(name);
            await Assertions.Expect(unknownRows).ToHaveCountAsync(unknown.Count - 1);
            Assert.Empty(browser.Problems);
        }
        finally
        {
            await api.DeletePeopleAsync(name);
        }
    }
}
