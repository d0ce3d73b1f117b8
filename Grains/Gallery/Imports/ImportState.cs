namespace FaceClassifier.Gallery.Imports;

/// <summary>
/// An import's durable state: its outcome so far and a cursor (folder, photo in folder, with the descriptors the folder
/// has given so far) saved together, so a resumed run starts where the last save left it, at the same counts.
/// </summary>
[GenerateSerializer, Alias("fc.ImportState")]
public sealed record ImportState
{
    [Id(0)] public ImportStatus Status { get; init; }

    [Id(1)] public string ArchiveKey { get; init; } = "";

    [Id(2)] public DateTimeOffset CreatedAt { get; init; }

    [Id(3)] public DateTimeOffset? CompletedAt { get; init; }

    [Id(4)] public string? Error { get; init; }

    /// <summary>True once the archive was listed and the refusals of its plan recorded.</summary>
    [Id(5)] public bool Planned { get; init; }

    [Id(6)] public int PhotosTotal { get; init; }

    [Id(7)] public int PhotosDone { get; init; }

    [Id(8)] public ImportedPerson[] People { get; init; } = [];

    [Id(9)] public RefusedPhoto[] Refused { get; init; } = [];

    [Id(10)] public int RefusedCount { get; init; }

    /// <summary>The plan's folder the cursor is in.</summary>
    [Id(11)] public int Folder { get; init; }

    /// <summary>The next photo of that folder.</summary>
    [Id(12)] public int Photo { get; init; }

    /// <summary>The descriptors of the folder's accepted photos so far (biometric data, never logged).</summary>
    [Id(13)] public float[][] Descriptors { get; init; } = [];

    /// <summary>The folder's thumbnail is stored (from its first accepted photo).</summary>
    [Id(14)] public bool HasThumbnail { get; init; }

    /// <summary>Runs that failed at <see cref="FailedAt"/> photos done.</summary>
    [Id(15)] public int Failures { get; init; }

    [Id(16)] public int FailedAt { get; init; }

    public bool IsFinished => Status is ImportStatus.Done or ImportStatus.Failed;

    public ImportProgress Progress() =>
        new(Status, PhotosDone, PhotosTotal, People, Refused, RefusedCount, Error, CreatedAt, CompletedAt);

    public ImportState Refuse(string path, string reason) => this with
    {
        PhotosDone = PhotosDone + 1,
        RefusedCount = RefusedCount + 1,
        Refused = Refused.Length < ImportProgress.MaxListedRefusals ? [.. Refused, new RefusedPhoto(path, reason)] : Refused,
    };
}
