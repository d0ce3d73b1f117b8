using System.Diagnostics;

namespace FaceClassifier.Tests.Testing;

/// <summary>Runs the ffmpeg command line for making test media (the code under test uses FFMpegCore).</summary>
public static class FfmpegTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static void Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in (string[])["-hide_banner", "-nostdin", "-loglevel", "error", "-y", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill();
            throw new TimeoutException($"ffmpeg {string.Join(' ', arguments)} took longer than {Timeout}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr.Result}");
        }
    }
}
