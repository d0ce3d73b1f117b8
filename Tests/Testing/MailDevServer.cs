using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Testing;

/// <summary>A mail as maildev's REST API (<c>GET /api/email</c>) returns it.</summary>
internal sealed record MailDevMail(string Id, string Subject, MailDevAddress[] To, MailDevAddress[] From, string? Text, string? Html);

/// <summary>A mail address in maildev's JSON.</summary>
internal sealed record MailDevAddress(string Address, string? Name);

/// <summary>A real maildev SMTP server (npm, installed by <c>scripts/setup.sh --test</c> into .tools/maildev)
/// on 127.0.0.1 with free ports and SMTP authentication; stopped by its process id.</summary>
public sealed class MailDevServer : IAsyncLifetime
{
    public const string UserName = "faceclassifier";
    public const string Password = "maildev-test-password";

    private readonly HttpClient _http = new();
    private readonly StringBuilder _output = new();
    private Process? _process;

    public int SmtpPort { get; } = FreePort.Next();

    public int WebPort { get; } = FreePort.Next();

    public async Task InitializeAsync()
    {
        var script = Path.Combine(RepositoryRoot(), ".tools", "maildev", "node_modules", "maildev", "dist", "bin", "maildev.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"maildev is not installed at {script}; run scripts/setup.sh --test.");
        }
        var start = new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                script, "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "-s", $"{SmtpPort}", "-w", $"{WebPort}",
                "--incoming-user", UserName, "--incoming-pass", Password,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _http.BaseAddress = new Uri($"http://127.0.0.1:{WebPort}/api/");
        await Poll.UntilAsync(async () =>
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"maildev exited with {_process.ExitCode}: {Output}");
            }
            try
            {
                return (await _http.GetAsync("healthz")).IsSuccessStatusCode ? "ready" : null;
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }, "maildev to answer /api/healthz");
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process?.Dispose();
        _http.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The first mail maildev received for this recipient, waiting for it up to the deadline.</summary>
    internal Task<MailDevMail> WaitForMailToAsync(string address) => Poll.UntilAsync(async () =>
        (await _http.GetFromJsonAsync<MailDevMail[]>("email"))!
            .FirstOrDefault(m => m.To.Any(t => string.Equals(t.Address, address, StringComparison.OrdinalIgnoreCase))),
        $"a mail to {address} in maildev");

    /// <summary>Every mail maildev has received so far.</summary>
    internal async Task<MailDevMail[]> AllMailsAsync() => (await _http.GetFromJsonAsync<MailDevMail[]>("email"))!;
    /// <summary>Every mail maildev holds for this recipient, now.</summary>
    internal async Task<IReadOnlyList<MailDevMail>> MailsToAsync(string address) =>
        [.. (await _http.GetFromJsonAsync<MailDevMail[]>("email"))!
            .Where(m => m.To.Any(t => string.Equals(t.Address, address, StringComparison.OrdinalIgnoreCase)))];

    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FaceClassifier.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No FaceClassifier.sln above {AppContext.BaseDirectory}.");
    }
}
