using Microsoft.Playwright;

namespace FaceClassifier.Tests.Browser.Support;

/// <summary>Records every value the job page gives its progress bar, from before the page's own script runs.</summary>
internal static class ProgressRecorder
{
    // readyState "interactive" comes before module scripts run, so no update is missed.
    private const string Script = """
        window.__progress = [];
        document.addEventListener('readystatechange', () => {
          if (document.readyState !== 'interactive') return;
          const bar = document.getElementById('progress-bar');
          const text = document.getElementById('progress-text');
          if (!bar || !text) return;
          new MutationObserver(() => {
            const entry = [bar.hasAttribute('value') ? Number(bar.value) : -1, Number(bar.max)];
            const last = window.__progress[window.__progress.length - 1];
            if (!last || last[0] !== entry[0] || last[1] !== entry[1]) window.__progress.push(entry);
          }).observe(text, { childList: true, characterData: true, subtree: true });
        });
        """;

    public static Task InstallAsync(IPage page) => page.AddInitScriptAsync(Script);

    /// <summary>(value, max) pairs in order; value -1 while the bar is indeterminate.</summary>
    public static async Task<IReadOnlyList<(int Done, int Total)>> ReadAsync(IPage page) =>
        (await page.EvaluateAsync<int[][]>("() => window.__progress")).Select(p => (p[0], p[1])).ToList();
}
