using System.Globalization;

namespace FaceClassifier.Engine.Video.VideoValidation;

/// <summary>Durations, sizes and lists written the way the validation messages show them.</summary>
internal static class HumanText
{
    /// <summary>"12:30", "1:02:03"; tenths are added when whole seconds would hide a difference.</summary>
    public static string Duration(TimeSpan value, bool tenths = false)
    {
        var whole = TimeSpan.FromSeconds(Math.Floor(value.TotalSeconds));
        var text = whole.TotalHours >= 1
            ? $"{(int)whole.TotalHours}:{whole.Minutes:00}:{whole.Seconds:00}"
            : $"{whole.Minutes}:{whole.Seconds:00}";
        return tenths ? $"{text}.{value.Milliseconds / 100}" : text;
    }

    /// <summary>"200 MB", "250.5 MB", "12.3 KB", "900 bytes" (1 MB = 1024 KB = 1,048,576 bytes).</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => $"{bytes} bytes",
    };

    /// <summary>"mp4, mov, mkv, webm or avi".</summary>
    public static string OrList(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} or {items[^1]}";
}
