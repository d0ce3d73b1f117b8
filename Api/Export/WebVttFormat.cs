using System.Globalization;
using System.Text;

namespace FaceClassifier.Api.Export;

/// <summary>Writes segments as a WebVTT file (W3C WebVTT): one cue per segment whose text is who is on screen.</summary>
public static class WebVttFormat
{
    public const string ContentType = "text/vtt; charset=utf-8";

    /// <summary>
    /// A face seen in one sampled frame only has a segment with start equal to end, but a cue must end after it starts;
    /// such a cue lasts half a second, one sampling interval at the default 2 frames per second.
    /// </summary>
    public static readonly TimeSpan SingleFrameCue = TimeSpan.FromMilliseconds(500);

    public static string Write(IEnumerable<SegmentRow> rows)
    {
        var vtt = new StringBuilder("WEBVTT\n");
        foreach (var row in rows)
        {
            var start = Milliseconds(row.StartS);
            var end = Milliseconds(row.EndS);
            vtt.Append(CultureInfo.InvariantCulture, $"\n{Timestamp(start)} --> {Timestamp(end > start ? end : start + SingleFrameCue)}\n{CueText(row.Name)}\n");
        }

        return vtt.ToString();
    }

    /// <summary>hh:mm:ss.ttt, hours at least two digits.</summary>
    public static string Timestamp(TimeSpan time) => string.Create(
        CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}.{time.Milliseconds:000}");

    private static TimeSpan Milliseconds(double seconds) => TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));

    /// <summary>Cue text is markup: &amp;, &lt; and &gt; are escaped (so no "-->" either), and it stays on one line.</summary>
    private static string CueText(string name) => name.ReplaceLineEndings(" ")
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);
}
