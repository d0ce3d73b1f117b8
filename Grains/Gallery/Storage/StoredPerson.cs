namespace FaceClassifier.Gallery.Storage;

/// <summary>
/// A person's durable gallery record: everything matching and the API need, stored as one record under
/// (shard, person id), so an enrolment is written whole or not at all. Descriptors are biometric data, never logged.
/// </summary>
public sealed record StoredPerson(
    string PersonId,
    string Name,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<float[]> Descriptors,
    string? ThumbnailKey = null);
