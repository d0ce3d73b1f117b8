namespace FaceClassifier.Engine.Vision.Matching.Index;

// TEMPORARY brute-force stand-in until the matrix implementation lands; same public surface.
public sealed partial class DescriptorIndex
{
    private readonly Dictionary<string, (string Name, float[][] Rows)> _people = new(StringComparer.Ordinal);

    public DescriptorIndex(int dimension = 128) => Dimension = dimension;

    public int Dimension { get; }

    public int Rows => _people.Values.Sum(p => p.Rows.Length);

    public int People => _people.Count;

    public void Set(string personId, string name, IReadOnlyList<float[]> descriptors)
    {
        if (descriptors.Count == 0) { _people.Remove(personId); return; }
        _people[personId] = (name, [.. descriptors]);
    }

    public bool Rename(string personId, string name)
    {
        if (!_people.TryGetValue(personId, out var p)) { return false; }
        _people[personId] = (name, p.Rows);
        return true;
    }

    public bool Remove(string personId) => _people.Remove(personId);

    public bool Contains(string personId) => _people.ContainsKey(personId);

    public IReadOnlyList<GalleryCandidates> Match(IReadOnlyList<float[]> queries) =>
        [.. queries.Select(q => _people.Select(p => new GalleryCandidates(new GalleryCandidate(p.Key, p.Value.Name, p.Value.Rows.Min(r => DescriptorMath.Distance(q, r))), null))
            .Aggregate(GalleryCandidates.None, (a, b) => a.Merge(b)))];
}
