using System.Globalization;
using System.Text;

namespace FaceClassifier.Api.Export;

/// <summary>Writes segments as CSV (RFC 4180): a header row, then one row per segment, lines ending in CRLF.</summary>
public static class CsvFormat
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    public static readonly IReadOnlyList<string> Header = ["face_id", "kind", "person_id", "name", "start_s", "end_s"];

    public static string Write(IEnumerable<SegmentRow> rows)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var row in rows)
        {
            Line(csv, [row.FaceId, row.Kind, row.PersonId ?? "", row.Name, Seconds(row.StartS), Seconds(row.EndS)]);
        }

        return csv.ToString();
    }

    /// <summary>A field with a comma, quote, CR or LF is quoted, its quotes doubled; others are written as they are.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static void Line(StringBuilder csv, IEnumerable<string> fields) =>
        csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");

    private static string Seconds(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);
}
