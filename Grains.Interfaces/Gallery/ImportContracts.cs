namespace FaceClassifier.Gallery;

/// <summary>Where a gallery import stands.</summary>
public enum ImportStatus
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>A person an import created.</summary>
[GenerateSerializer, Alias("fc.ImportedPerson"), Immutable]
public sealed record ImportedPerson(
    [property: Id(0)] string PersonId,
    [property: Id(1)] string Name);

/// <summary>A photo an import did not enrol: its path in the archive and why.</summary>
[GenerateSerializer, Alias("fc.RefusedPhoto"), Immutable]
public sealed record RefusedPhoto(
    [property: Id(0)] string Path,
    [property: Id(1)] string Reason);

/// <summary>
/// An import's progress: photos done out of the archive's total (0 until the archive is listed), the people created
/// so far, and the refused photos (the first <see cref="MaxListedRefusals"/> listed; RefusedCount counts them all).
/// </summary>
[GenerateSerializer, Alias("fc.ImportProgress")]
public sealed record ImportProgress(
    [property: Id(0)] ImportStatus Status,
    [property: Id(1)] int PhotosDone,
    [property: Id(2)] int PhotosTotal,
    [property: Id(3)] IReadOnlyList<ImportedPerson> People,
    [property: Id(4)] IReadOnlyList<RefusedPhoto> Refused,
    [property: Id(5)] int RefusedCount,
    [property: Id(6)] string? Error,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] DateTimeOffset? CompletedAt)
{
    public const int MaxListedRefusals = 1000;
}
