using FaceClassifier.Jobs;

namespace FaceClassifier.Api.Export;

/// <summary>One time a face is on screen: what the exports write, one cue or row each.</summary>
/// <param name="Kind">"person" for an enrolled person, "unknown" for an unknown face.</param>
/// <param name="PersonId">The gallery person's id; null for an unknown face.</param>
/// <param name="Name">The person's name, or the unknown face's label.</param>
public sealed record SegmentRow(string FaceId, string Kind, string? PersonId, string Name, double StartS, double EndS)
{
    public const string PersonKind = "person";
    public const string UnknownKind = "unknown";

    /// <summary>Every segment of the result, by start time; ties keep the result's order (people first).</summary>
    public static IReadOnlyList<SegmentRow> From(JobResult result) =>
    [
        .. result.People.SelectMany(p => p.Segments.Select(s => new SegmentRow(p.FaceId, PersonKind, p.PersonId, p.Name, s.StartS, s.EndS)))
            .Concat(result.UnknownFaces.SelectMany(u => u.Segments.Select(s => new SegmentRow(u.FaceId, UnknownKind, null, u.Label, s.StartS, s.EndS))))
            .OrderBy(r => r.StartS),
    ];
}
