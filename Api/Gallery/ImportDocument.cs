using FaceClassifier.Gallery;

namespace FaceClassifier.Api.Gallery;

/// <summary>The "data" of GET /api/people/imports/{id}.</summary>
public sealed record ImportDocument(
    string Status,
    ImportProgressDocument Progress,
    IReadOnlyList<ImportedPerson> People,
    IReadOnlyList<RefusedPhoto> Refused,
    int RefusedCount,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt)
{
    public static ImportDocument From(ImportProgress progress) => new(
        progress.Status.ToString().ToLowerInvariant(),
        new ImportProgressDocument(progress.PhotosDone, progress.PhotosTotal),
        progress.People,
        progress.Refused,
        progress.RefusedCount,
        progress.Error,
        progress.CreatedAt,
        progress.CompletedAt);
}

/// <summary>Photos read so far (enrolled or refused) out of the archive's total, 0 until it is listed.</summary>
public sealed record ImportProgressDocument(int PhotosDone, int PhotosTotal);
