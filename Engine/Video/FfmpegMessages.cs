using System.Text.RegularExpressions;

namespace FaceClassifier.Engine.Video;

/// <summary>Turns ffprobe/ffmpeg diagnostics into sentences a user can act on.</summary>
internal static partial class FfmpegMessages
{
    public static string ProbeFailure(string path, IEnumerable<string> stderr)
    {
        var lines = Clean(path, stderr);
        if (lines.Any(l => l.Contains("moov atom not found", StringComparison.Ordinal)) && StartsWithFtypBox(path))
        {
            return "the MP4/MOV file is incomplete: its index (the 'moov' box) is missing, so it was probably cut off during upload or recording";
        }

        if (lines.Count == 0 || lines.Any(l => l.Contains("Invalid data found when processing input", StringComparison.Ordinal)))
        {
            return "the file is not a video in a format that can be read";
        }

        return $"the file could not be read as a video ({lines[^1]})";
    }

    public static string DecodeFailure(string path, IEnumerable<string> errorLines)
    {
        var lines = Clean(path, errorLines);
        return lines.Count == 0
            ? "the video could not be decoded"
            : $"the video could not be decoded ({string.Join("; ", lines.TakeLast(2))})";
    }

    /// <summary>Drops "[demuxer @ 0x...]" prefixes, the file path and repeats, so no server detail leaks.</summary>
    internal static List<string> Clean(string path, IEnumerable<string> lines) =>
        lines.Select(l => ContextPrefix().Replace(l, string.Empty))
            .Select(l => l.Replace(path + ": ", string.Empty, StringComparison.Ordinal).Replace(path, "the file", StringComparison.Ordinal).Trim())
            .Where(l => l.Length > 0)
            .Distinct()
            .ToList();

    private static bool StartsWithFtypBox(string path)
    {
        Span<byte> head = stackalloc byte[8];
        using var file = File.OpenRead(path);
        return file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head[4..].SequenceEqual("ftyp"u8);
    }

    [GeneratedRegex(@"^(\[[^\]]*\]\s*)+")]
    private static partial Regex ContextPrefix();
}
