using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Deploy;

/// <summary>
/// The built Silo and Api speak systemd's notify protocol, as Type=notify in their units expects: READY=1 once the
/// host has started, STOPPING=1 on SIGTERM, then a clean exit.
/// </summary>
[Trait("Kind", "deploy")]
public sealed class SystemdNotifyTests
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan StopDeadline = TimeSpan.FromMinutes(1);

    [Theory]
    [InlineData("Silo", "FaceClassifier.Silo")]
    [InlineData("Api", "FaceClassifier.Api")]
    public async Task Reports_ready_then_stopping_on_SIGTERM_and_exits_cleanly(string project, string executable)
    {
        var dir = TestAssets.TempDirectory();
        using var notify = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        notify.Bind(new UnixDomainSocketEndPoint(Path.Combine(dir, "notify")));

        // Microsoft.Extensions.Hosting.Systemd 10.0 notifies only when its parent process is called "systemd"
        // (/proc/<ppid>/comm), so the app runs as the child of a bash started through a link of that name.
        var launcher = Path.Combine(dir, "systemd");
        File.CreateSymbolicLink(launcher, "/bin/bash");
        var pidFile = Path.Combine(dir, "pid");
        var start = new ProcessStartInfo(launcher) { UseShellExecute = false };
        foreach (var argument in new[] { "-c", "\"$0\" > \"$1\" 2>&1 & echo $! > \"$2\"; wait $!", DeployFiles.BuildOutput(project) + executable, Path.Combine(dir, "log"), pidFile })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NOTIFY_SOCKET"] = Path.Combine(dir, "notify");
        start.Environment["FACECLASSIFIER_DATA"] = Path.Combine(dir, "data");
        start.Environment["FACECLASSIFIER_URLS"] = $"http://127.0.0.1:{FreePort.Next()}";
        start.Environment["Orleans__SiloPort"] = $"{FreePort.Next()}";
        start.Environment["Orleans__GatewayPort"] = $"{FreePort.Next()}";
        start.Environment["Metrics__Urls"] = $"http://127.0.0.1:{FreePort.Next()}"; // the worker's metrics listener, else 9464

        using var launched = Process.Start(start)!;
        try
        {
            Assert.Equal("READY=1", await NextMessageAsync(notify, StartDeadline));
            var pid = File.ReadAllText(pidFile).Trim();

            Assert.Equal(0, Tool.Run("kill", "-TERM", pid).ExitCode);

            Assert.Equal("STOPPING=1", await NextMessageAsync(notify, StopDeadline));
            using var exit = new CancellationTokenSource(StopDeadline);
            await launched.WaitForExitAsync(exit.Token);
            Assert.True(launched.ExitCode == 0, File.ReadAllText(Path.Combine(dir, "log")));
        }
        finally
        {
            if (!launched.HasExited)
            {
                launched.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task<string> NextMessageAsync(Socket notify, TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        var buffer = new byte[4096];
        var received = await notify.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, received);
    }
}
