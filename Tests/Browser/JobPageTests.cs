using FaceClassifier.Tests.Browser.Support;
using Microsoft.Playwright;

namespace FaceClassifier.Tests.Browser;

/// <summary>The job page when the server has trouble: it backs off, says so, and recovers on its own.</summary>
[Trait("Kind", "browser")]
[Collection(BrowserCollection.Name)]
public sealed class JobPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Failed_polls_back_off_with_a_readable_note_then_the_real_answer_is_shown()
    {
        var id = Guid.NewGuid();
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        var asked = new List<DateTimeOffset>();

        // The first two polls meet a 503 with no body, as from a proxy while the app restarts; later ones reach the app.
        await page.RouteAsync($"**/api/classification/{id}", async route =>
        {
            asked.Add(DateTimeOffset.UtcNow);
            if (asked.Count <= 2)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 503, Body = "" });
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await page.GotoAsync($"/jobs/{id}");

        await Assertions.Expect(page.Locator("#poll-note")).ToHaveTextAsync(
            "The server ran into an unexpected problem (HTTP 503). Please try again in a moment. Trying again in 3 s.");
        await Assertions.Expect(page.Locator("#load-message")).ToHaveTextAsync($"No classification job with id {id}.", new() { Timeout = 20_000 });

        Assert.Equal(3, asked.Count);
        Assert.InRange((asked[1] - asked[0]).TotalSeconds, 2.5, 5);
        Assert.InRange((asked[2] - asked[1]).TotalSeconds, 5.5, 9);
        Assert.Empty(browser.Problems);
    }
}
