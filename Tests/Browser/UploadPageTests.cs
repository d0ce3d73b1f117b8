using System.Text;
using FaceClassifier.Tests.Browser.Support;
using Microsoft.Playwright;

namespace FaceClassifier.Tests.Browser;

/// <summary>The upload page's own checks, which run before anything is sent, and its layout on a phone.</summary>
[Trait("Kind", "browser")]
[Collection(BrowserCollection.Name)]
public sealed class UploadPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Empty_form_names_every_missing_field_and_sends_nothing()
    {
        await using var browser = await fixture.OpenAsync();
        var uploads = 0;
        browser.Page.Request += (_, request) => uploads += request.Url.Contains("/api/upload", StringComparison.Ordinal) ? 1 : 0;
        await browser.Page.GotoAsync("/");

        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Upload and classify" }).ClickAsync();

        await Assertions.Expect(browser.Page.Locator("#name-error")).ToHaveTextAsync("Enter a name.");
        await Assertions.Expect(browser.Page.Locator("#email-error")).ToHaveTextAsync("Enter an email address.");
        await Assertions.Expect(browser.Page.Locator("#file-error")).ToHaveTextAsync("Choose a video file.");
        await Assertions.Expect(browser.Page.Locator("#webhook_url-error")).ToBeHiddenAsync();
        await Assertions.Expect(browser.Page.GetByLabel("Your name")).ToBeFocusedAsync();
        await Assertions.Expect(browser.Page.GetByLabel("Your name")).ToHaveAttributeAsync("aria-invalid", "true");
        await browser.ScreenshotAsync("upload-empty-form");
        Assert.Equal(0, uploads);
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task A_file_that_is_not_a_video_by_name_is_refused_when_chosen()
    {
        await using var browser = await fixture.OpenAsync();
        await browser.Page.GotoAsync("/");

        await browser.Page.GetByLabel("Video").SetInputFilesAsync(new FilePayload
        {
            Name = "notes.txt",
            MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes("not a video"),
        });

        await Assertions.Expect(browser.Page.Locator("#file-error"))
            .ToHaveTextAsync("\"notes.txt\" is not a supported video. Choose an MP4, MOV, MKV, WebM or AVI file.");
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task Invalid_email_and_webhook_are_pointed_out_with_focus_on_the_first()
    {
        await using var browser = await fixture.OpenAsync();
        await browser.Page.GotoAsync("/");
        await browser.Page.GetByLabel("Your name").FillAsync("Ada Lovelace");
        await browser.Page.GetByLabel("Email for the result").FillAsync("ada@example");
        await browser.Page.GetByLabel("Video").SetInputFilesAsync(new FilePayload { Name = "clip.mp4", MimeType = "video/mp4", Buffer = [1, 2, 3] });
        await browser.Page.GetByLabel("Webhook").FillAsync("ftp://hooks.example.com/x");

        await browser.Page.GetByLabel("Webhook").PressAsync("Enter");

        await Assertions.Expect(browser.Page.Locator("#email-error")).ToHaveTextAsync("Enter an email address like name@example.com.");
        await Assertions.Expect(browser.Page.Locator("#webhook_url-error")).ToHaveTextAsync("The webhook must be an http or https address.");
        await Assertions.Expect(browser.Page.Locator("#name-error")).ToBeHiddenAsync();
        await Assertions.Expect(browser.Page.Locator("#file-error")).ToBeHiddenAsync();
        await Assertions.Expect(browser.Page.GetByLabel("Email for the result")).ToBeFocusedAsync();
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task Size_limit_and_empty_files_are_checked_in_the_browser()
    {
        await using var browser = await fixture.OpenAsync();
        await browser.Page.GotoAsync("/");

        var messages = await browser.Page.EvaluateAsync<string?[]>("""
            async () => {
              const { checkVideo, MAX_VIDEO_BYTES } = await import('/js/checks.js');
              const file = (name, size, type) => new File([new Uint8Array(size)], name, { type });
              return [
                checkVideo(file('big.mp4', 11, 'video/mp4'), 10),
                checkVideo(file('exact.mp4', 10, 'video/mp4'), 10),
                checkVideo(file('empty.webm', 0, 'video/webm')),
                checkVideo(file('movie.MKV', 5, '')),
                checkVideo(file('fake.mp4', 5, 'text/plain')),
                String(MAX_VIDEO_BYTES),
              ];
            }
            """);

        string?[] expected =
            [
                "\"big.mp4\" is 11 bytes; the largest video accepted is 10 bytes.",
                null,
                "\"empty.webm\" is empty.",
                null,
                "\"fake.mp4\" is not a supported video. Choose an MP4, MOV, MKV, WebM or AVI file.",
                (200 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ];
        Assert.Equal(expected.AsEnumerable(), messages.AsEnumerable());
    }

    [Fact]
    public async Task Upload_page_fits_a_375_pixel_phone_screen()
    {
        await using var browser = await fixture.OpenAsync(width: 375, height: 800);
        await browser.Page.GotoAsync("/");

        // Nothing wider than the viewport: no sideways scrolling.
        var widths = await browser.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var buttonWidth = await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Upload and classify" }).BoundingBoxAsync();
        await browser.ScreenshotAsync("upload-phone");

        Assert.Equal(widths[1], widths[0]);
        Assert.InRange(widths[1], 360, 375);
        Assert.InRange(buttonWidth!.Width, 300, 375);
    }

    [Fact]
    public async Task Keyboard_reaches_the_form_controls_in_reading_order()
    {
        await using var browser = await fixture.OpenAsync();
        await browser.Page.GotoAsync("/");
        await browser.Page.GetByLabel("Your name").FocusAsync();

        var order = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            await browser.Page.Keyboard.PressAsync("Tab");
            order.Add(await browser.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        }

        Assert.Equal(["email", "file", "webhook_url", "submit"], order);
    }
}
