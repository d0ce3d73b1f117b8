using FaceClassifier.Jobs;

namespace FaceClassifier.Learning;

/// <summary>
/// A completed job's faces as the analysis left them, with their good frames' descriptors, stored as one blob in the
/// job's frame folder (deleted with the job). Biometric data: read by the job and the appearance scans, never answered.
/// </summary>
[GenerateSerializer, Alias("fc.FaceArchive")]
public sealed record FaceArchive([property: Id(0)] Guid JobId, [property: Id(1)] IReadOnlyList<ArchivedFace> Faces)
{
    public ArchivedFace? Find(string faceId) => Faces.FirstOrDefault(f => f.FaceId == faceId);

    public FaceArchive With(ArchivedFace face) => this with { Faces = [.. Faces.Select(f => f.FaceId == face.FaceId ? face : f)] };
}

/// <summary>
/// One face of a job: where it is on screen and its evidence; NamedPersonId when a user named it, and the people a
/// user said it is not (<see cref="RejectedPersonIds"/>), which no later match overrules.
/// </summary>
[GenerateSerializer, Alias("fc.ArchivedFace")]
public sealed record ArchivedFace(
    [property: Id(0)] string FaceId,
    [property: Id(1)] double FirstSeenS,
    [property: Id(2)] double LastSeenS,
    [property: Id(3)] double BestFrameS,
    [property: Id(4)] IReadOnlyList<SegmentResult> Segments,
    [property: Id(5)] IReadOnlyList<float[]> Evidence)
{
    [Id(6)] public string? NamedPersonId { get; init; }

    [Id(7)] public IReadOnlyList<string> RejectedPersonIds { get; init; } = [];

    public bool IsRejected(string personId) => RejectedPersonIds.Contains(personId, StringComparer.Ordinal);
}
