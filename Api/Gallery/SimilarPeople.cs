using FaceClassifier.Engine.Vision.Matching;

namespace FaceClassifier.Api.Gallery;

/// <summary>An enrolled person whom new gallery photos look like: a likely duplicate under another name.</summary>
public sealed record SimilarPerson(string PersonId, string Name, float Distance);

/// <summary>
/// Finds the enrolled people, other than the one the photos are for, closer to a photo than the open-set threshold: of
/// each photo's two closest people, so at most two per photo.
/// </summary>
public static class SimilarPeople
{
    /// <summary>Each person closer to any of the descriptors than the open-set threshold, closest first.</summary>
    public static async Task<IReadOnlyList<SimilarPerson>> FindAsync(
        IGallerySearch gallery, IReadOnlyList<float[]> descriptors, string? self, FaceMatcherOptions options, CancellationToken cancellationToken)
    {
        var found = await gallery.SearchAsync(descriptors, cancellationToken);
        return
        [
            .. found
                .SelectMany(c => new[] { c.Best, c.Second }.OfType<GalleryCandidate>()
                    .Where(other => other.PersonId != self && other.Distance < OpenSetThreshold.For(options, c.Comparisons)))
                .GroupBy(c => c.PersonId, StringComparer.Ordinal)
                .Select(g => g.MinBy(c => c.Distance))
                .OrderBy(c => c.Distance).ThenBy(c => c.PersonId, StringComparer.Ordinal)
                .Select(c => new SimilarPerson(c.PersonId, c.Name, MathF.Round(c.Distance, 4))),
        ];
    }
}
