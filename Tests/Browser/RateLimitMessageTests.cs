using FaceClassifier.Tests.Browser.Support;
using Microsoft.Playwright;

namespace FaceClassifier.Tests.Browser;

/// <summary>Over a rate limit the pages say how long to wait (the server's Retry-After), not a bare error.</summary>
[Trait("Kind", "browser")]
[Collection(BrowserCollection.Name)]
public sealed class RateLimitMessageTests(BrowserFixture fixture) : IAsyncLifetime
{
    // One upload and one read a minute from this machine, which is where the test and the browser both are.
    private readonly UiApp _app = new(new Dictionary<string, string?>
    {
        ["RateLimits:Enabled"] = "true",
        ["RateLimits:Uploads:PermitsPerMinute"] = "1",
        ["RateLimits:Uploads:Burst"] = "1",
        ["RateLimits:Reads:PermitsPerMinute"] = "1",
        ["RateLimits:Reads:Burst"] = "1",
    });

    public Task InitializeAsync()
    {
        _app.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_upload_form_and_the_job_page_say_when_to_try_again()
    {
        using var http = new HttpClient { BaseAddress = _app.BaseAddress };
        using (var spent = await http.PostAsync("/api/upload", new MultipartFormDataContent { { new StringContent("Ann"), "name" } }))
        {
            Assert.Equal(400, (int)spent.StatusCode);
        }

        using (var spent = await http.GetAsync($"/api/classification/{Guid.NewGuid()}"))
        {
            Assert.Equal(404, (int)spent.StatusCode);
        }

        await using var browser = await fixture.OpenAsync(app: _app);
        var page = browser.Page;
        await page.GotoAsync("/");
        await page.GetByLabel("Your name").FillAsync("Ada Lovelace");
        await page.GetByLabel("Email for the result").FillAsync("ada@example.com");
        await page.GetByLabel("Video").SetInputFilesAsync(new FilePayload { Name = "clip.mp4", MimeType = "video/mp4", Buffer = [1, 2, 3] });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and classify" }).ClickAsync();

        await Assertions.Expect(page.Locator("#form-message")).ToHaveTextAsync("The video was not accepted. Too many requests — try again in 60 s.");
        await browser.ScreenshotAsync("upload-rate-limited");

        await page.GotoAsync($"/jobs/{Guid.NewGuid()}");
        await Assertions.Expect(page.Locator("#poll-note")).ToHaveTextAsync("Too many requests — checking again in 60 s.");
        Assert.Empty(browser.Problems);
    }
}
