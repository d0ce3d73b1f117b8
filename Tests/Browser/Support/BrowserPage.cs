using Microsoft.Playwright;

namespace FaceClassifier.Tests.Browser.Support;

/// <summary>
/// A page in its own browser context that records what a test must never see: script errors, console
/// errors and requests leaving the machine (all assets are local).
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    private BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Script errors, console errors and off-machine requests seen so far.</summary>
    public IReadOnlyList<string> Problems => _problems;

    public static async Task<BrowserPage> OpenAsync(IBrowserContext context, Uri app)
    {
        var page = await context.NewPageAsync();
        var result = new BrowserPage(context, page);
        page.PageError += (_, error) => result._problems.Add($"script error: {error}");
        page.Console += (_, message) =>
        {
            // The browser logs every 4xx/5xx response as a console error; those are expected answers the page shows.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                result._problems.Add($"console error: {message.Text}");
            }
        };
        page.Request += (_, request) =>
        {
            var uri = new Uri(request.Url);
            if (uri.Scheme is "http" or "https" && !uri.IsLoopback)
            {
                result._problems.Add($"request off the machine: {request.Url}");
            }
        };
        return result;
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.Screenshot(name), FullPage = true });

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
