using System.Text.RegularExpressions;
using FaceClassifier.Tests.Browser.Support;
using FaceClassifier.Tests.Testing;
using Microsoft.Playwright;

namespace FaceClassifier.Tests.Browser;

/// <summary>The gallery page against the real API: refused photos, a wrong API key, enroll and delete.</summary>
[Trait("Kind", "browser")]
[Collection(BrowserCollection.Name)]
public sealed class GalleryPageTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToHaveTextOptions Slow = new() { Timeout = 60_000 };

    [Fact]
    public async Task Refused_photos_show_how_many_faces_each_one_has()
    {
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await UseKeyAsync(page, UiApp.ApiKey);
        await page.GotoAsync("/people");
        await page.GetByLabel("Name").FillAsync($"Refused {Guid.NewGuid().ToString("N")[..8]}");
        await page.GetByLabel("Photos").SetInputFilesAsync([ScenarioMedia.OtherFacePhoto, ScenarioMedia.GroupPhoto]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Enroll" }).ClickAsync();

        await Assertions.Expect(page.Locator("#enroll-message")).ToHaveTextAsync(
            "Not enrolled: one photo does not show exactly one face. sample1.jpg shows 3 faces. Choose photos with only this person in them.", Slow);
        await Assertions.Expect(page.Locator("#photo-report li")).ToHaveTextAsync(
            [$"{Path.GetFileName(ScenarioMedia.OtherFacePhoto)}: 1 face — fine", "sample1.jpg: 3 faces — refused"]);
        await Assertions.Expect(page.Locator("#enroll-message")).ToBeFocusedAsync();
        await browser.ScreenshotAsync("gallery-refused-photo");
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task A_wrong_key_is_asked_again_then_the_person_is_enrolled_listed_and_deleted()
    {
        var name = $"Brian {Guid.NewGuid().ToString("N")[..8]} Harvey";
        await using var browser = await fixture.OpenAsync(width: 375, height: 800);
        var page = browser.Page;
        await UseKeyAsync(page, "not-the-key");
        await page.GotoAsync("/people");
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Photos").SetInputFilesAsync(ScenarioMedia.OtherFacePhoto);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enroll" }).ClickAsync();

        await Assertions.Expect(page.Locator("#key-message")).ToHaveTextAsync(
            "The API key was not accepted (The X-Api-Key header is not valid). Enter the right key; the change is then sent again.");
        await page.GetByLabel("API key for changing the gallery").FillAsync(UiApp.ApiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();

        await Assertions.Expect(page.Locator("#enroll-message")).ToHaveTextAsync($"{name} is enrolled from 1 photo.", Slow);
        var item = page.Locator(".person", new() { HasText = name });
        // The avatar is the face thumbnail cut at enrolment, and it loads.
        var avatar = item.Locator("img.avatar");
        await Assertions.Expect(avatar).ToHaveAttributeAsync("src", new Regex(@"/files/people/[0-9a-f]{32}/thumbnail\.jpg\?"));
        await Assertions.Expect(avatar).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await avatar.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the thumbnail loaded");
        await browser.ScreenshotAsync("gallery-phone");

        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Delete {name}" }).ClickAsync();

        await Assertions.Expect(page.Locator("#list-status")).ToContainTextAsync($"{name} was deleted.");
        await Assertions.Expect(item).ToHaveCountAsync(0);
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task An_archive_is_imported_with_a_progress_bar_and_its_refused_photos_listed()
    {
        var name = $"Imported {Guid.NewGuid().ToString("N")[..8]}";
        var archive = Path.Combine(TestAssets.TempDirectory(), "people.zip");
        await File.WriteAllBytesAsync(archive, TestArchives.Zip([
            ($"{name}/face.jpg", TestFacePhotos.Face(1, 1)),
            ($"{name}/group.jpg", TestFacePhotos.Group(1)),
            ($"{name}/notes.txt", "not a photo"u8.ToArray()),
        ]));
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await UseKeyAsync(page, UiApp.ApiKey);
        await page.GotoAsync("/people");

        await page.GetByLabel("Archive").SetInputFilesAsync(archive);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        await Assertions.Expect(page.Locator("#import-message")).ToHaveTextAsync("Imported 1 person from 3 photos; 2 refused.", Slow);
        await Assertions.Expect(page.Locator("#import-text")).ToHaveTextAsync("3 of 3 photos read · 1 person enrolled · 2 refused");
        await Assertions.Expect(page.Locator("#import-refused li")).ToHaveTextAsync(
            [$"{name}/group.jpg: 3 faces found; a gallery photo must show exactly one", $"{name}/notes.txt: not an image file"]);
        await Assertions.Expect(page.Locator(".person", new() { HasText = name }).Locator("img.avatar")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#import-message")).ToBeFocusedAsync();
        await browser.ScreenshotAsync("gallery-import");

        // Out of the shared app's gallery again: the other browser tests' videos show the same face.
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Delete {name}" }).ClickAsync();
        await Assertions.Expect(page.Locator("#list-status")).ToContainTextAsync($"{name} was deleted.");
        Assert.Empty(browser.Problems);
        Directory.Delete(Path.GetDirectoryName(archive)!, recursive: true);
    }

    private static Task UseKeyAsync(IPage page, string key) =>
        page.AddInitScriptAsync($"window.sessionStorage.setItem('faceclassifier.apiKey', '{key}');");
}
