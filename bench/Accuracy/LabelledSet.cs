namespace FaceClassifier.Bench.Accuracy;

/// <summary>A photo of identities.csv; an identity starting "MULTI:" marks a photo of several people.</summary>
internal sealed record LabelledPhoto(string File, string Identity)
{
    public bool IsMulti => Identity.StartsWith("MULTI:", StringComparison.Ordinal);
}

/// <summary>A row of pairs.csv: two photos and whether they show the same person.</summary>
internal sealed record LabelledPair(string A, string B, bool Same);

/// <summary>A labelled folder: photos, identities.csv (file,identity,basis) and pairs.csv (a,b,same).</summary>
internal sealed record LabelledSet(string Directory, IReadOnlyList<LabelledPhoto> Photos, IReadOnlyList<LabelledPair> Pairs)
{
    public static LabelledSet Load(string directory)
    {
        var photos = Rows(Path.Combine(directory, "identities.csv")).Select(r => new LabelledPhoto(r[0], r[1])).ToList();
        var pairs = Rows(Path.Combine(directory, "pairs.csv")).Select(r => new LabelledPair(r[0], r[1], r[2] == "1")).ToList();
        var known = photos.Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        var unlisted = pairs.SelectMany(p => new[] { p.A, p.B }).Where(f => !known.Contains(f)).Distinct().ToList();
        if (unlisted.Count > 0)
        {
            throw new InvalidDataException($"pairs.csv names photos missing from identities.csv: {string.Join(", ", unlisted)}");
        }

        return new LabelledSet(directory, photos, pairs);
    }

    /// <summary>Data rows split on the first two commas (the third column is free text).</summary>
    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',', 3));
}
