using System.Diagnostics;
using System.Text.Json;

namespace FaceClassifier.Bench.Service;

/// <summary>
/// faceref's per-image pipeline time (timingMs.total: detection, landmarks and descriptors, the median of 3 runs after
/// a warm-up; image decoding not included) on the given files, in their order.
/// </summary>
internal static class FacerefTimes
{
    public static IReadOnlyList<double> TotalMs(string faceref, IReadOnlyList<string> files)
    {
        var folder = Directory.CreateTempSubdirectory("faceclassifier-svcbench-faceref-").FullName;
        try
        {
            var output = Path.Combine(folder, "faceref.json");
            var start = new ProcessStartInfo(faceref) { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardError = true };
            foreach (var a in (string[])["--repeat", "3", "--no-self-check", "--out", output, .. files])
            {
                start.ArgumentList.Add(a);
            }

            using (var process = Process.Start(start)!)
            {
                var errors = process.StandardError.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"faceref exited with code {process.ExitCode}: {errors}");
                }
            }

            using var json = JsonDocument.Parse(File.ReadAllBytes(output));
            return [.. json.RootElement.GetProperty("images").EnumerateArray().Select(i => i.GetProperty("timingMs").GetProperty("total").GetDouble())];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
