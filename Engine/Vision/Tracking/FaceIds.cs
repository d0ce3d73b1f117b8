namespace FaceClassifier.Engine.Vision.Tracking;

/// <summary>Numbers a video's faces "f1", "f2", ... by first appearance, people and unknown faces together.</summary>
/// <remarks>Ties go to people before unknown faces, then to the order of their lists, so the numbering is deterministic.</remarks>
internal static class FaceIds
{
    public const string Prefix = "f";

    public static VideoFaceSummary Assign(IReadOnlyList<PersonAppearance> people, IReadOnlyList<UnknownFace> unknown)
    {
        var order = people.Select((p, i) => (p.FirstSeen, Kind: 0, Index: i))
            .Concat(unknown.Select((u, i) => (u.FirstSeen, Kind: 1, Index: i)))
            .OrderBy(f => f.FirstSeen).ThenBy(f => f.Kind).ThenBy(f => f.Index)
            .Select((f, n) => (f.Kind, f.Index, Id: $"{Prefix}{n + 1}"))
            .ToList();
        string IdOf(int kind, int index) => order.First(f => f.Kind == kind && f.Index == index).Id;
        return new VideoFaceSummary(
            [.. people.Select((p, i) => p with { FaceId = IdOf(0, i) })],
            [.. unknown.Select((u, i) => u with { FaceId = IdOf(1, i) })]);
    }
}
