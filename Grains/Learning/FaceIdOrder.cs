namespace FaceClassifier.Learning;

/// <summary>Face ids by their number: "f2" before "f10".</summary>
internal sealed class FaceIdOrder : IComparer<string>
{
    public static readonly FaceIdOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var byNumber = Number(x).CompareTo(Number(y));
        return byNumber != 0 ? byNumber : string.CompareOrdinal(x, y);
    }

    private static int Number(string? id) => id is { Length: > 1 } && int.TryParse(id.AsSpan(1), out var n) ? n : int.MaxValue;
}
