namespace FaceClassifier.Engine.Vision.Matching.Index;

/// <summary>
/// The two closest different people seen so far for one query, by distance and then the smaller id; a person's
/// distance is the smallest of its rows' distances offered.
/// </summary>
internal struct NearestPeople
{
    private Entry _first;
    private Entry _second;

    public int Count { get; private set; }

    /// <summary>The second person's distance; nothing farther can change the answer (infinite until two are held).</summary>
    public readonly float SecondDistance => Count == 2 ? _second.Distance : float.PositiveInfinity;

    public void Offer(IndexedPerson person, float distance)
    {
        var entry = new Entry(person, distance);
        if (Count > 0 && _first.Person == person)
        {
            _first = distance < _first.Distance ? entry : _first;
        }
        else if (Count > 1 && _second.Person == person)
        {
            _second = distance < _second.Distance ? entry : _second;
            if (Closer(_second, _first))
            {
                (_first, _second) = (_second, _first);
            }
        }
        else if (Count == 0 || Closer(entry, _first))
        {
            (_first, _second) = (entry, _first);
            Count = Math.Min(Count + 1, 2);
        }
        else if (Count == 1 || Closer(entry, _second))
        {
            _second = entry;
            Count = 2;
        }
    }

    public readonly GalleryCandidates ToCandidates() => new(Candidate(_first, 0), Candidate(_second, 1));

    private readonly GalleryCandidate? Candidate(Entry entry, int rank) =>
        Count > rank ? new GalleryCandidate(entry.Person.Id, entry.Person.Name, entry.Distance) : null;

    private static bool Closer(Entry a, Entry b) =>
        a.Distance < b.Distance || (a.Distance == b.Distance && string.CompareOrdinal(a.Person.Id, b.Person.Id) < 0);

    private readonly record struct Entry(IndexedPerson Person, float Distance);
}
