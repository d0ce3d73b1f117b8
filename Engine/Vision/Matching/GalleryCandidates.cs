namespace FaceClassifier.Engine.Vision.Matching;

/// <summary>One gallery person near a descriptor: the distance to the closest of the person's descriptors.</summary>
public readonly record struct GalleryCandidate(string PersonId, string Name, float Distance);

/// <summary>
/// The two closest gallery people to one descriptor (two different people), what an open-set decision needs:
/// Best is null for an empty gallery, Second when the gallery holds one person.
/// </summary>
public readonly record struct GalleryCandidates(GalleryCandidate? Best, GalleryCandidate? Second)
{
    public static readonly GalleryCandidates None = default;

    /// <summary>How many gallery descriptors the query was compared with: the more, the likelier a stranger comes close.</summary>
    public int Comparisons { get; init; }

    /// <summary>The two closest of this and <paramref name="other"/> (candidates of disjoint sets of people).</summary>
    public GalleryCandidates Merge(GalleryCandidates other)
    {
        Span<GalleryCandidate?> all = [Best, Second, other.Best, other.Second];
        GalleryCandidate? first = null, second = null;
        foreach (var c in all)
        {
            if (c is not { } candidate)
            {
                continue;
            }

            if (first is not { } f || Closer(candidate, f))
            {
                (first, second) = (candidate, first);
            }
            else if (second is not { } s || Closer(candidate, s))
            {
                second = candidate;
            }
        }

        return new GalleryCandidates(first, second) { Comparisons = Comparisons + other.Comparisons };
    }

    // Ties go to the smaller id, so a merge's answer does not depend on the order the shards answered in.
    private static bool Closer(GalleryCandidate a, GalleryCandidate b) =>
        a.Distance < b.Distance || (a.Distance == b.Distance && string.CompareOrdinal(a.PersonId, b.PersonId) < 0);
}
