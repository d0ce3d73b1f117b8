namespace FaceClassifier.Engine.Vision.Matching.Index;

/// <summary>
/// The two closest different people seen so far for one query, by distance and then the smaller id; a person's
/// distance is the smallest of its rows' distances offered. People are held by slot, so an offer reads no person.
/// </summary>
internal struct NearestPeople
{
    private Entry _first;
    private Entry _second;

    public int Count { get; private set; }

    /// <summary>The second person's distance; nothing farther can change the answer (infinite until two are held).</summary>
    public readonly float SecondDistance => Count == 2 ? _second.Distance : float.PositiveInfinity;

    public void Offer(int slot, float distance, List<IndexedPerson> people)
    {
        var entry = new Entry(slot, distance);
        if (Count > 0 && _first.Slot == slot)
        {
            _first = distance < _first.Distance ? entry : _first;
        }
        else if (Count > 1 && _second.Slot == slot)
        {
            _second = distance < _second.Distance ? entry : _second;
            if (Closer(_second, _first, people))
            {
                (_first, _second) = (_second, _first);
            }
        }
        else if (Count == 0 || Closer(entry, _first, people))
        {
            (_first, _second) = (entry, _first);
            Count = Math.Min(Count + 1, 2);
        }
        else if (Count == 1 || Closer(entry, _second, people))
        {
            _second = entry;
            Count = 2;
        }
    }

    public readonly GalleryCandidates ToCandidates(List<IndexedPerson> people, int comparisons) =>
        new(Candidate(_first, 0, people), Candidate(_second, 1, people)) { Comparisons = comparisons };

    private readonly GalleryCandidate? Candidate(Entry entry, int rank, List<IndexedPerson> people) =>
        Count > rank ? new GalleryCandidate(people[entry.Slot].Id, people[entry.Slot].Name, entry.Distance) : null;

    private static bool Closer(Entry a, Entry b, List<IndexedPerson> people) =>
        a.Distance < b.Distance || (a.Distance == b.Distance && string.CompareOrdinal(people[a.Slot].Id, people[b.Slot].Id) < 0);

    private readonly record struct Entry(int Slot, float Distance);
}
