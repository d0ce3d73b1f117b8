using System.Globalization;

namespace FaceClassifier.Jobs;

/// <summary>Labels for a face that becomes unknown after the analysis: "unknown person N", N one past the highest in use.</summary>
internal static class UnknownLabels
{
    private const string Prefix = "unknown person ";

    public static string Next(IEnumerable<UnknownFaceResult> faces) =>
        Prefix + (faces.Select(f => Number(f.Label)).DefaultIfEmpty(0).Max() + 1).ToString(CultureInfo.InvariantCulture);

    private static int Number(string label) =>
        label.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(label.AsSpan(Prefix.Length), CultureInfo.InvariantCulture, out var n) ? n : 0;
}
