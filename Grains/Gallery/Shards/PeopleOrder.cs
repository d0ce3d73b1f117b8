namespace FaceClassifier.Gallery.Shards;

/// <summary>The order people are listed in: name (case-insensitive), then id; the same on every shard and in every merge.</summary>
public sealed class PeopleOrder : IComparer<(string Name, string Id)>, IComparer<PersonRecord>
{
    public static readonly PeopleOrder Instance = new();

    public int Compare((string Name, string Id) x, (string Name, string Id) y)
    {
        var byName = string.Compare(x.Name, y.Name, StringComparison.OrdinalIgnoreCase);
        return byName != 0 ? byName : string.CompareOrdinal(x.Id, y.Id);
    }

    public int Compare(PersonRecord? x, PersonRecord? y) =>
        x is null || y is null ? Comparer<object?>.Default.Compare(x, y) : Compare((x.Name, x.PersonId), (y.Name, y.PersonId));
}
