namespace FaceClassifier.Gallery;

/// <summary>A gallery person at a distance from a searched descriptor (the closest of the person's descriptors).</summary>
[GenerateSerializer, Alias("fc.PersonDistance")]
public readonly record struct PersonDistance(
    [property: Id(0)] string PersonId,
    [property: Id(1)] string Name,
    [property: Id(2)] float Distance);

/// <summary>The two closest people (different ones) to one descriptor, null where the shard has fewer, and how many descriptors it compared.</summary>
[GenerateSerializer, Alias("fc.SearchCandidates")]
public readonly record struct SearchCandidates(
    [property: Id(0)] PersonDistance? Best,
    [property: Id(1)] PersonDistance? Second,
    [property: Id(2)] int Comparisons);

/// <summary>
/// A page request over people ordered by name (case-insensitive), then id: those after (AfterName, AfterId),
/// optionally only names starting with NamePrefix (case-insensitive).
/// </summary>
[GenerateSerializer, Alias("fc.PeopleQuery")]
public sealed record PeopleQuery(
    [property: Id(0)] int Limit,
    [property: Id(1)] string? AfterName = null,
    [property: Id(2)] string? AfterId = null,
    [property: Id(3)] string? NamePrefix = null);

/// <summary>What a gallery write did.</summary>
public enum PersonWriteStatus
{
    Done,
    NotFound,

    /// <summary>The person would hold more than the most photos a person may have; nothing changed.</summary>
    TooManyPhotos,

    /// <summary>The person already exists (an enrolment under an id in use); nothing changed.</summary>
    Exists,
}

/// <summary>The outcome of a gallery write: the person as it now is when Done.</summary>
[GenerateSerializer, Alias("fc.PersonWrite")]
public sealed record PersonWrite(
    [property: Id(0)] PersonWriteStatus Status,
    [property: Id(1)] PersonRecord? Person = null);
