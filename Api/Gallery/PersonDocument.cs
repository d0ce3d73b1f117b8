using System.Text.Json.Serialization;
using FaceClassifier.Gallery;

namespace FaceClassifier.Api.Gallery;

/// <summary>
/// A gallery person as the API shows it: no descriptors; a link to its face thumbnail when it has one. The answer to an
/// enrolment or added photos also says which other people the photos look like (SimilarTo, empty when none).
/// </summary>
public sealed record PersonDocument(
    string PersonId,
    string Name,
    int Photos,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? ThumbnailUrl)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SimilarPerson>? SimilarTo { get; init; }

    public static PersonDocument From(PersonRecord person, Func<string, string> link) => new(
        person.PersonId, person.Name, person.Photos, person.CreatedAt, person.UpdatedAt,
        person.ThumbnailKey is { } key ? link(key) : null);
}

/// <summary>One page of the gallery: at most the limit asked for, and the cursor of the next page (null after the last).</summary>
public sealed record PeoplePageDocument(IReadOnlyList<PersonDocument> People, string? NextCursor);
