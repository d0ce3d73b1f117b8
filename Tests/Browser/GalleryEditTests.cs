using FaceClassifier.Tests.Browser.Support;
using Microsoft.Playwright;

namespace FaceClassifier.Tests.Browser;

/// <summary>The gallery page's corrections: renaming a person and merging another one into them, with the key prompt.</summary>
[Trait("Kind", "browser")]
[Collection(BrowserCollection.Name)]
public sealed class GalleryEditTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_person_is_renamed_after_giving_the_key_and_another_is_merged_into_them()
    {
        var prefix = $"Edit{Guid.NewGuid().ToString("N")[..8]}";
        using var api = new UiApi(fixture.App);
        try
        {
            await api.EnrollAsync($"{prefix} Grace", ScenarioMedia.OtherFacePhoto);
            await api.EnrollAsync($"{prefix} Hopper", ScenarioMedia.OtherFacePhoto);
            await using var browser = await fixture.OpenAsync();
            var page = browser.Page;
            await page.GotoAsync("/people");
            await page.GetByLabel("Find a person").FillAsync(prefix);
            await Assertions.Expect(page.Locator("#list-status")).ToHaveTextAsync($"2 people whose name starts with \"{prefix}\".");
            var people = page.Locator("#people-list .person");
            await Assertions.Expect(people).ToHaveCountAsync(2);

            await page.GetByRole(AriaRole.Button, new() { Name = $"Rename {prefix} Grace" }).ClickAsync();
            var newName = page.GetByLabel($"New name for {prefix} Grace");
            await Assertions.Expect(newName).ToBeFocusedAsync();
            await newName.FillAsync($"{prefix} Grace Brewster");
            await page.GetByRole(AriaRole.Button, new() { Name = "Change it" }).ClickAsync();
            await Assertions.Expect(page.Locator("#key-message"))
                .ToHaveTextAsync("Changing the gallery needs the server's API key. Enter it here; the change is then sent again.");
            await page.GetByLabel("API key for changing the gallery").FillAsync(UiApp.ApiKey);
            await page.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();

            await Assertions.Expect(page.Locator("#list-status")).ToHaveTextAsync(
                $"{prefix} Grace is now called {prefix} Grace Brewster. 2 people whose name starts with \"{prefix}\".");
            await Assertions.Expect(people.Locator("strong")).ToHaveTextAsync([$"{prefix} Grace Brewster", $"{prefix} Hopper"]);

            page.Dialog += async (_, dialog) =>
            {
                Assert.Equal(
                    $"Merge {prefix} Hopper into {prefix} Grace Brewster? {prefix} Hopper's photos go to {prefix} Grace Brewster and {prefix} Hopper leaves the gallery.",
                    dialog.Message);
                await dialog.AcceptAsync();
            };
            await page.GetByRole(AriaRole.Button, new() { Name = $"Merge… {prefix} Grace Brewster" }).ClickAsync();
            await page.GetByLabel($"Merge someone into {prefix} Grace Brewster").FillAsync($"{prefix} H");
            await page.GetByLabel($"{prefix} Hopper (already in the gallery, 1 photo)").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = $"Merge into {prefix} Grace Brewster" }).ClickAsync();

            await Assertions.Expect(page.Locator("#list-status")).ToHaveTextAsync(
                $"{prefix} Hopper was merged into {prefix} Grace Brewster. 1 person whose name starts with \"{prefix}\".");
            await Assertions.Expect(people).ToHaveCountAsync(1);
            await Assertions.Expect(people.Locator(".hint").First).ToContainTextAsync("2 photos");
            var avatar = people.Locator("img.avatar");
            await Assertions.Expect(avatar).ToHaveJSPropertyAsync("complete", true);
            Assert.True(await avatar.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the face thumbnail loaded");

            await people.GetByText("Videos they appear in").ClickAsync();
            await Assertions.Expect(people.Locator(".appearances-body")).Not.ToHaveTextAsync("Looking…");
            await browser.ScreenshotAsync("gallery");
            Assert.Empty(browser.Problems);
        }
        finally
        {
            await api.DeletePeopleAsync(prefix);
        }
    }
}
