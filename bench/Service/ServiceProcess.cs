using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FaceClassifier.Bench.Service;

/// <summary>
/// The real service started as run.sh starts it (the built Api dll, embedded silo, local files), on free ports with a
/// fresh data folder; killed with its children (ffmpeg) and its data deleted on dispose.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private const string ApiDll = "Api/bin/Release/net10.0/linux-x64/FaceClassifier.Api.dll";

    private readonly Process _process;
    private readonly string _folder;
    private readonly Task _logCopy;

    private ServiceProcess(Process process, string folder, Uri address, Task logCopy)
    {
        _process = process;
        _folder = folder;
        Address = address;
        _logCopy = logCopy;
    }

    public Uri Address { get; }

    /// <summary>Keep <see cref="LogPath"/> on dispose (after a failure); the data folder is deleted all the same.</summary>
    public bool KeepLog { get; set; }

    /// <summary>The service's console output.</summary>
    public string LogPath => Path.Combine(_folder, "service.log");

    /// <summary>
    /// Starts the service and waits until GET /health answers 200. Rate limits are off: the bench sends four uploads
    /// at once, polls jobs every 50 ms and sends 36 detections in a row, over the default Uploads, Reads and Engine buckets.
    /// No key is set, so uploads and /api/faces/* are public as in a default local run. The caller's environment
    /// passes through, so a setting can be tried: <c>Analysis__MaxConcurrentAnalyses=1 ./bench.sh service</c>.
    /// </summary>
    public static async Task<ServiceProcess> StartAsync(TimeSpan deadline)
    {
        var root = RepositoryRoot();
        var folder = Directory.CreateTempSubdirectory("faceclassifier-svcbench-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        foreach (var a in (string[])[Path.Combine(root, ApiDll), "--urls", address.ToString().TrimEnd('/'), "--contentRoot", Path.Combine(root, "Api")])
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["FACECLASSIFIER_DATA"] = Path.Combine(folder, "data");
        start.Environment["RateLimits__Enabled"] = "false";
        // Embedded Localhost clustering listens on 11111 and 30000 by default; other services on this machine may hold them.
        start.Environment["Orleans__SiloPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Orleans__GatewayPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var process = Process.Start(start)!;
        var log = new StreamWriter(Path.Combine(folder, "service.log")) { AutoFlush = true };
        var logCopy = Task.WhenAll(Copy(process.StandardOutput, log), Copy(process.StandardError, log)).ContinueWith(_ => log.Dispose(), TaskScheduler.Default);
        var service = new ServiceProcess(process, folder, address, logCopy);
        Console.CancelKeyPress += (_, _) => service.Kill();
        try
        {
            await service.WaitReadyAsync(deadline);
            return service;
        }
        catch
        {
            service.KeepLog = true;
            await service.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        await _logCopy;
        _process.Dispose();
        if (KeepLog)
        {
            if (Directory.Exists(Path.Combine(_folder, "data")))
            {
                Directory.Delete(Path.Combine(_folder, "data"), recursive: true);
            }

            Console.Error.WriteLine($"service log: {LogPath}");
        }
        else
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited (or disposed).
        }
    }

    private async Task WaitReadyAsync(TimeSpan deadline)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the service exited with code {_process.ExitCode} before it was ready");
            }

            try
            {
                using var response = await http.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
            }

            if (watch.Elapsed > deadline)
            {
                throw new TimeoutException($"the service did not answer GET /health within {deadline.TotalSeconds:0} s");
            }

            await Task.Delay(100);
        }
    }

    private static async Task Copy(StreamReader from, StreamWriter to)
    {
        while (await from.ReadLineAsync() is { } line)
        {
            lock (to)
            {
                to.WriteLine(line);
            }
        }
    }

    /// <summary>The checkout: the folder above the bench's binaries that holds the built Api.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, ApiDll)))
            {
                return dir.FullName;
            }
        }

        throw new FileNotFoundException($"{ApiDll} not found above {AppContext.BaseDirectory}; build the solution (./bench.sh does)");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
