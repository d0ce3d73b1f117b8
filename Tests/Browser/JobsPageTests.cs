using FaceClassifier.Jobs;
using FaceClassifier.Jobs.Index;
using FaceClassifier.Tests.Browser.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FaceClassifier.Tests.Browser;

/// <summary>The jobs page against the real API: the key prompt, newest first, links to each job's page, "Show more".</summary>
[Trait("Kind", "browser")]
[Collection(BrowserCollection.Name)]
public sealed class JobsPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_jobs_page_asks_for_the_key_then_lists_jobs_newest_first_and_shows_more()
    {
        // Entries from the future, so they come before the jobs other browser tests start in the same app.
        var start = new DateTimeOffset(2099, 1, 1, 9, 0, 0, TimeSpan.Zero);
        var index = fixture.App.Services.GetRequiredService<IJobIndex>();
        var entries = Enumerable.Range(0, 55)
            .Select(i => new JobIndexEntry(
                Guid.NewGuid(), $"Owner {i:D2}", i % 2 == 0 ? JobStatus.Completed : JobStatus.Processing, start.AddMinutes(i),
                i % 2 == 0 ? start.AddMinutes(i).AddSeconds(41) : null, i % 4 == 2 ? ["Grace Hopper", "Ada Lovelace"] : []))
            .ToList();
        foreach (var entry in entries)
        {
            await index.PutAsync(entry);
        }

        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await page.GotoAsync("/jobs");

        await Assertions.Expect(page.Locator("#key-message")).ToHaveTextAsync(
            "The jobs list needs the server's API key. Enter it here; the list is then loaded.");
        await page.GetByLabel("API key for the jobs list").FillAsync(UiApp.ApiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();

        var rows = page.Locator("#jobs tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(50);
        await Assertions.Expect(page.Locator("#jobs-status")).ToHaveTextAsync("The 50 most recent jobs, newest first.");
        var newest = entries[^1];
        await Assertions.Expect(rows.First).ToContainTextAsync("Owner 54");
        await Assertions.Expect(rows.First).ToContainTextAsync("Completed");
        await Assertions.Expect(rows.First).ToContainTextAsync("Grace Hopper, Ada Lovelace");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Owner 53");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Processing");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Owner 54" })).ToHaveAttributeAsync("href", $"/jobs/{newest.JobId}");
        await browser.ScreenshotAsync("jobs");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show more" }).ClickAsync();

        await Assertions.Expect(rows.Nth(54)).ToContainTextAsync("Owner 00");
        Assert.Equal(
            entries.AsEnumerable().Reverse().Select(e => e.Name),
            (await page.Locator("#jobs tbody tr td:first-child").AllInnerTextsAsync()).Take(55));
        Assert.Empty(browser.Problems);
    }
}
