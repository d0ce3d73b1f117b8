using System.Text.Json;
using FaceClassifier.Tests.Browser.Support;
using Microsoft.Playwright;

namespace FaceClassifier.Tests.Browser;

/// <summary>What operators and integrators open: the Orleans dashboard, the OpenAPI document and its reference.</summary>
[Trait("Kind", "browser")]
[Collection(BrowserCollection.Name)]
public sealed class OperatorPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Dashboard_shows_the_cluster_with_its_one_silo()
    {
        await using var browser = await fixture.OpenAsync();
        var response = await browser.Page.GotoAsync("/dashboard");

        Assert.Equal(200, response!.Status);
        Assert.EndsWith("/dashboard/", browser.Page.Url, StringComparison.Ordinal);
        await Assertions.Expect(browser.Page.GetByText("Active Silos", new() { Exact = false }).First).ToBeVisibleAsync();
        await browser.ScreenshotAsync("dashboard");
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task Reference_at_docs_renders_the_document_without_leaving_the_machine()
    {
        await using var browser = await fixture.OpenAsync();
        await browser.Page.GotoAsync("/docs");

        await Assertions.Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "FaceClassifier API" }).First).ToBeVisibleAsync();
        await browser.ScreenshotAsync("api-reference");
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task OpenApi_document_has_the_title_the_tags_and_the_api_key_scheme()
    {
        using var http = new HttpClient { BaseAddress = fixture.App.BaseAddress };
        using var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;

        Assert.Equal("FaceClassifier API", root.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal(
            ["Classification jobs", "Gallery", "Face engine", "Operations"],
            root.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        Assert.False(root.GetProperty("paths").TryGetProperty("/dashboard", out _));
        Assert.False(root.GetProperty("paths").TryGetProperty("/jobs/{id}", out _));
    }
}
