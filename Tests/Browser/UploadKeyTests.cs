using FaceClassifier.Tests.Browser.Support;
using FaceClassifier.Tests.Testing;
using Microsoft.Playwright;

namespace FaceClassifier.Tests.Browser;

/// <summary>When the server wants a key for uploads, the upload page asks for one and sends the video again.</summary>
[Trait("Kind", "browser")]
[Collection(BrowserCollection.Name)]
public sealed class UploadKeyTests(BrowserFixture fixture)
{
    private const string UploadKey = "browser-upload-key-0123";

    [Fact]
    public async Task An_upload_refused_for_a_key_is_sent_again_once_a_key_with_the_upload_role_is_entered()
    {
        fixture.App.Settings.Replace(new Dictionary<string, string?>
        {
            ["Security:Keys:0:Name"] = "browser-uploads",
            ["Security:Keys:0:Key"] = UploadKey,
            ["Security:Keys:0:Roles:0"] = "upload",
        });
        try
        {
            await using var browser = await fixture.OpenAsync();
            var page = browser.Page;
            await page.GotoAsync("/");
            await Assertions.Expect(page.Locator("#key-panel")).ToBeHiddenAsync();
            await page.GetByLabel("Your name").FillAsync("Grace Tester");
            await page.GetByLabel("Email for the result").FillAsync("grace@example.com");
            await page.GetByLabel("Video").SetInputFilesAsync(PatternVideo.Make("mp4"));

            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and classify" }).ClickAsync();
            await Assertions.Expect(page.Locator("#key-message")).ToHaveTextAsync(
                "Uploading needs a key from the server's operator. Enter it here; the video is then sent again.");
            await Assertions.Expect(page.GetByLabel("API key for uploading")).ToBeFocusedAsync();
            await Assertions.Expect(page.Locator("#upload-progress")).ToBeHiddenAsync();
            await browser.ScreenshotAsync("upload-key-asked");

            // The gallery key is valid but has no upload role: the page says which role is missing.
            await page.GetByLabel("API key for uploading").FillAsync(UiApp.ApiKey);
            await page.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();
            await Assertions.Expect(page.Locator("#key-message")).ToHaveTextAsync(
                "The API key was not accepted (The key in X-Api-Key does not have the upload role this endpoint needs). Enter the right key; the video is then sent again.");

            await page.GetByLabel("API key for uploading").FillAsync(UploadKey);
            await page.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();
            await page.WaitForURLAsync("**/jobs/*");
            Assert.Empty(browser.Problems);
        }
        finally
        {
            fixture.App.Settings.Replace(new Dictionary<string, string?>());
        }
    }
}
