using System.Globalization;
using FaceClassifier.Jobs;

namespace FaceClassifier.Notifications.Email;

/// <summary>When a person or face was on screen, in words: "seen from 0:05 to 0:12 and from 1:30 to 1:45".</summary>
internal static class SeenTimes
{
    /// <summary>A mail lists this many segments of a person; the rest are counted.</summary>
    public const int MaxListed = 5;

    public static string Describe(PersonResult person) => Describe(person.Segments, person.FirstSeenS, person.LastSeenS);

    public static string Describe(UnknownFaceResult face) => Describe(face.Segments, face.FirstSeenS, face.LastSeenS);

    private static string Describe(IReadOnlyList<SegmentResult> segments, double firstSeenS, double lastSeenS)
    {
        var spans = segments.Count > 0
            ? segments.Select(s => Span(s.StartS, s.EndS)).ToList()
            : [Span(firstSeenS, lastSeenS)]; // results stored before segments existed
        var listed = spans.Take(MaxListed).ToList();
        var more = spans.Count - listed.Count;
        if (more > 0)
        {
            listed.Add(string.Create(CultureInfo.InvariantCulture, $"{more} more {(more == 1 ? "time" : "times")}"));
        }

        return "seen " + (listed.Count == 1 ? listed[0] : $"{string.Join(", ", listed[..^1])} and {listed[^1]}");
    }

    private static string Span(double startS, double endS)
    {
        var (first, last) = (Time(TimeSpan.FromSeconds(startS)), Time(TimeSpan.FromSeconds(endS)));
        return first == last ? $"at {first}" : $"from {first} to {last}";
    }

    private static string Time(TimeSpan time) =>
        time.ToString(time >= TimeSpan.FromHours(1) ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
}
