using FaceClassifier.Engine.Vision.Matching;

namespace FaceClassifier.Gallery.Shards;

/// <summary>The engine's search candidates to and from their wire form.</summary>
internal static class CandidateMapping
{
    public static SearchCandidates ToWire(GalleryCandidates candidates) => new(ToWire(candidates.Best), ToWire(candidates.Second), candidates.Comparisons);

    public static GalleryCandidates FromWire(SearchCandidates candidates) =>
        new(FromWire(candidates.Best), FromWire(candidates.Second)) { Comparisons = candidates.Comparisons };

    private static PersonDistance? ToWire(GalleryCandidate? candidate) =>
        candidate is { } c ? new PersonDistance(c.PersonId, c.Name, c.Distance) : null;

    private static GalleryCandidate? FromWire(PersonDistance? candidate) =>
        candidate is { } c ? new GalleryCandidate(c.PersonId, c.Name, c.Distance) : null;
}
