using FaceClassifier.Tests.Browser.Support;
using FaceClassifier.Tests.Testing;
using Microsoft.Playwright;

namespace FaceClassifier.Tests.Browser;

/// <summary>The user's path through the real app: enroll, upload, watch the job, read the result, change the email.</summary>
[Trait("Kind", "browser")]
[Collection(BrowserCollection.Name)]
public sealed class ClassificationFlowTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToHaveTextOptions Slow = new() { Timeout = 180_000 };

    [Fact]
    public async Task Enrolled_person_is_found_in_an_uploaded_video_and_the_email_can_be_changed()
    {
        var name = $"Ada {Guid.NewGuid().ToString("N")[..8]}";
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await ProgressRecorder.InstallAsync(page);

        await EnrollAfterGivingTheKeyAsync(page, name);
        await browser.ScreenshotAsync("gallery-enrolled");

        await page.GotoAsync("/");
        await page.GetByLabel("Your name").FillAsync("Grace Tester");
        await page.GetByLabel("Email for the result").FillAsync("grace@example.com");
        await page.GetByLabel("Video").SetInputFilesAsync(ScenarioMedia.PanVideo);

        // The chunks are held once analysed, so the page shows the job part-way however fast this machine is.
        fixture.App.Analysis.Arm();
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and classify" }).ClickAsync();
            await page.WaitForURLAsync("**/jobs/*");
            await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Processing");
            await Poll.UntilAsync(
                async () => (await ProgressRecorder.ReadAsync(page)).Any(p => p.Done > 0 && p.Done < p.Total) ? "shown" : null,
                "the page to show the job part-way");
            await browser.ScreenshotAsync("job-processing");
        }
        finally
        {
            fixture.App.Analysis.Release();
        }

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Completed", Slow);
        await Assertions.Expect(page.Locator("#notification")).ToHaveTextAsync("The result was sent to grace@example.com.", Slow);
        await Assertions.Expect(page.Locator("#kept-until")).ToHaveTextAsync(
            new System.Text.RegularExpressions.Regex(@"^\d{1,2} [A-Z][a-z]+ \d{4}, then the video and the result are deleted\.$"));
        var progress = await ProgressRecorder.ReadAsync(page);
        var total = progress[^1].Total;
        Assert.Equal((total, total), progress[^1]);
        Assert.Contains(progress, p => p.Done > 0 && p.Done < p.Total);
        Assert.Equal(progress.Select(p => p.Done).Order(), progress.Select(p => p.Done));

        var frame = page.Locator("#frame");
        await Assertions.Expect(frame).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await frame.EvaluateAsync<int>("img => img.naturalWidth") > 0);
        await Assertions.Expect(frame).ToHaveAttributeAsync("alt", $"The video's best frame with boxes around the faces, labelled {name}.");
        var firstRow = page.Locator("#people tbody tr");
        await Assertions.Expect(firstRow).ToHaveCountAsync(1);
        await Assertions.Expect(firstRow.Locator("th")).ToHaveTextAsync(name);
        await Assertions.Expect(page.Locator("#unknown tbody tr")).ToHaveCountAsync(2);
        await browser.ScreenshotAsync("job-completed");

        await page.GetByLabel("Email", new() { Exact = true }).FillAsync("grace.new@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#contact-answer"))
            .ToHaveTextAsync("Saved. The result had gone to an earlier address; it is now sent once to grace.new@example.com.");
        await browser.ScreenshotAsync("job-email-changed");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#contact-answer"))
            .ToHaveTextAsync("Saved. The result had gone to an earlier address; it is now sent once to grace.new@example.com.");
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task A_text_file_named_mp4_gets_the_server_s_reason_in_words()
    {
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await page.GotoAsync("/");
        await page.GetByLabel("Your name").FillAsync("Grace Tester");
        await page.GetByLabel("Email for the result").FillAsync("grace@example.com");
        await page.GetByLabel("Video").SetInputFilesAsync(TestVideos.TextFileNamedMp4);

        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and classify" }).ClickAsync();

        await Assertions.Expect(page.Locator("#form-message"))
            .ToHaveTextAsync("The video was not accepted. The file is not a video in a format that can be read.");
        await Assertions.Expect(page.Locator("#form-message")).ToBeFocusedAsync();
        Assert.EndsWith("/", page.Url, StringComparison.Ordinal);
        await browser.ScreenshotAsync("upload-text-file-refused");
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task Job_page_for_an_unknown_id_says_so_in_words()
    {
        var id = Guid.NewGuid();
        await using var browser = await fixture.OpenAsync(width: 375, height: 700);
        await browser.Page.GotoAsync($"/jobs/{id}");

        await Assertions.Expect(browser.Page.Locator("#load-message")).ToHaveTextAsync($"No classification job with id {id}.");
        await Assertions.Expect(browser.Page.Locator("#job")).ToBeHiddenAsync();
        await browser.ScreenshotAsync("job-unknown-phone");
        Assert.Empty(browser.Problems);
    }

    private static async Task EnrollAfterGivingTheKeyAsync(IPage page, string name)
    {
        await page.GotoAsync("/people");
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Photos").SetInputFilesAsync(ScenarioMedia.EnrollmentPhoto);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enroll" }).ClickAsync();

        await Assertions.Expect(page.Locator("#key-message"))
            .ToHaveTextAsync("Changing the gallery needs the server's API key. Enter it here; the change is then sent again.");
        var key = page.GetByLabel("API key for changing the gallery");
        await Assertions.Expect(key).ToBeFocusedAsync();
        await key.FillAsync(UiApp.ApiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();

        await Assertions.Expect(page.Locator("#enroll-message")).ToHaveTextAsync($"{name} is enrolled from 1 photo.", Slow);
        await Assertions.Expect(page.Locator("#people-list")).ToContainTextAsync(name);
    }
}
