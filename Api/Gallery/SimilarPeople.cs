using FaceClassifier.Engine.Vision.Matching;

namespace FaceClassifier.Api.Gallery;

/// <summary>An enrolled person whom new gallery photos look like: a likely duplicate under another name.</summary>
public sealed record SimilarPerson(string PersonId, string Name, float Distance);

/// <summary>Finds the enrolled people, other than the one the photos are for, that the photos would be named as.</summary>
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
                .Select(c => (Other: c.Best?.PersonId == self ? c.Second : c.Best, Threshold: OpenSetThreshold.For(options, c.Comparisons)))
                .Where(c => c.Other is { } other && other.Distance < c.Threshold)
                .Select(c => c.Other!.Value)
                .GroupBy(c => c.PersonId, StringComparer.Ordinal)
                .Select(g => g.MinBy(c => c.Distance))
                .OrderBy(c => c.Distance).ThenBy(c => c.PersonId, StringComparer.Ordinal)
                .Select(c => new SimilarPerson(c.PersonId, c.Name, MathF.Round(c.Distance, 4))),
        ];
    }
}
