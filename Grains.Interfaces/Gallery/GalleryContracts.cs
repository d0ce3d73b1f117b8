namespace FaceClassifier.Gallery;

/// <summary>A gallery person as the API shows it (no descriptors).</summary>
[GenerateSerializer, Alias("fc.PersonRecord")]
public sealed record PersonRecord(
    [property: Id(0)] string PersonId,
    [property: Id(1)] string Name,
    [property: Id(2)] int Photos,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] DateTimeOffset UpdatedAt);

/// <summary>A person's enrolled descriptors as the matching index holds them.</summary>
[GenerateSerializer, Alias("fc.GalleryEntry")]
public sealed record GalleryEntry(
    [property: Id(0)] PersonRecord Person,
    [property: Id(1)] IReadOnlyList<float[]> Descriptors);

/// <summary>The whole matching index at one version.</summary>
[GenerateSerializer, Alias("fc.GallerySnapshot")]
public sealed record GallerySnapshot(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<GalleryEntry> Entries);
