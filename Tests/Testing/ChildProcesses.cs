namespace FaceClassifier.Tests.Testing;

/// <summary>Finds this test process's live ffmpeg children (Linux /proc) by a string in their command line.</summary>
public static class ChildProcesses
{
    /// <summary>PIDs of running (not zombie) ffmpeg processes started by this process whose arguments contain <paramref name="marker"/>.</summary>
    public static IReadOnlyList<int> Ffmpeg(string marker)
    {
        var self = Environment.ProcessId;
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                // stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after the last ')'.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                var fields = stat[(close + 2)..].Split(' ');
                var comm = stat[(stat.IndexOf('(') + 1)..close];
                if (comm != "ffmpeg" || fields[0] == "Z" || int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture) != self)
                {
                    continue;
                }

                if (File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(marker, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return found;
    }

    /// <summary>Waits for the given processes to end; false if one is still running at the deadline.</summary>
    public static bool WaitForExit(IEnumerable<int> pids, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        foreach (var pid in pids)
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !process.WaitForExit(left))
                {
                    return false;
                }
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }

        return true;
    }

    /// <summary>A private copy of <paramref name="source"/> under a unique name, so its ffmpeg processes can be told apart.</summary>
    public static string UniqueCopy(string source)
    {
        var copy = Path.Combine(TestAssets.TempDirectory(), $"{Guid.NewGuid():N}{Path.GetExtension(source)}");
        File.Copy(source, copy);
        return copy;
    }
}
