using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Silo;

/// <summary>
/// A cluster started by <c>deploy/local-cluster.sh</c>: local AWS servers, N worker silos and the API as separate
/// processes on loopback ports, stopped by their PIDs when disposed.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private const int PortSpan = 64;

    private LocalCluster(string runDirectory, int basePort, int silos, IReadOnlyDictionary<string, string> environment)
    {
        RunDirectory = runDirectory;
        BasePort = basePort;
        Silos = silos;
        Environment = environment;
        Api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{basePort + 2}"), Timeout = TimeSpan.FromMinutes(2) };
    }

    public string RunDirectory { get; }

    public int BasePort { get; }

    public int Silos { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public HttpClient Api { get; }

    public string DynamoDbUrl => $"http://127.0.0.1:{BasePort}";

    public string SqsUrl => $"http://127.0.0.1:{BasePort + 1}";

    /// <summary>Starts the cluster with extra environment settings for every process (timings, SMTP …).</summary>
    public static async Task<LocalCluster> StartAsync(int silos, IDictionary<string, string> settings)
    {
        var cluster = new LocalCluster(TestAssets.TempDirectory(), FreePortRange(), silos, new Dictionary<string, string>(settings));
        try
        {
            await cluster.RunScriptAsync("start", "--silos", $"{silos}");
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    public int ProcessId(string name) => int.Parse(File.ReadAllText(Path.Combine(RunDirectory, $"{name}.pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    public string Log(string name) => File.ReadAllText(Path.Combine(RunDirectory, $"{name}.log"));

    /// <summary>Sends <paramref name="signal"/> (KILL or TERM) to silo <paramref name="index"/> through the script.</summary>
    public Task SignalSiloAsync(int index, string signal) => RunScriptAsync("kill-silo", $"{index}", signal);

    /// <summary>True once the process has ended, false if it still runs at the deadline.</summary>
    public static async Task<bool> WaitForExitAsync(int pid, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (Directory.Exists($"/proc/{pid}") && !IsZombie(pid))
        {
            if (deadline.Elapsed > timeout)
            {
                return false;
            }

            await timer.WaitForNextTickAsync();
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await RunScriptAsync("stop");
    }

    private async Task RunScriptAsync(params string[] arguments)
    {
        var script = Path.Combine(TestAssets.RepositoryRoot(), "deploy", "local-cluster.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments.Concat(["--run-dir", RunDirectory]))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["FC_BASE_PORT"] = $"{BasePort}";
        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"local-cluster.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await errors}");
        }
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static int FreePortRange()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var start = Random.Shared.Next(20_000, 60_000 - PortSpan);
            if (Enumerable.Range(start, PortSpan).All(IsFree))
            {
                return start;
            }
        }

        throw new InvalidOperationException($"No {PortSpan} consecutive free ports found.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
