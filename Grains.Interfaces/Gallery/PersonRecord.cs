namespace FaceClassifier.Gallery;

/// <summary>A gallery person as the API shows it (no descriptors).</summary>
[GenerateSerializer, Alias("fc.PersonRecord")]
public sealed record PersonRecord(
    [property: Id(0)] string PersonId,
    [property: Id(1)] string Name,
    [property: Id(2)] int Photos,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] DateTimeOffset UpdatedAt,
    [property: Id(5)] string? ThumbnailKey = null);
