namespace FaceClassifier.Jobs;

/// <summary>Names one face of a job: a new person called <see cref="Name"/>, or the existing <see cref="PersonId"/> (exactly one is set).</summary>
[GenerateSerializer, Immutable, Alias("fc.FaceNaming")]
public sealed record FaceNaming(
    [property: Id(0)] string FaceId,
    [property: Id(1)] string? Name,
    [property: Id(2)] Guid? PersonId);

/// <summary>What naming or rejecting a face did: Done with the person, or why nothing changed.</summary>
[GenerateSerializer, Immutable, Alias("fc.FaceEditOutcome")]
public sealed record FaceEditOutcome(
    [property: Id(0)] FaceEditStatus Status,
    [property: Id(1)] string? PersonId = null,
    [property: Id(2)] string? Name = null,
    [property: Id(3)] string? Detail = null);

public enum FaceEditStatus
{
    Done,
    JobNotFound,
    JobNotCompleted,
    FaceNotFound,
    AlreadyNamed,
    NotThisPerson,
    NoEvidence,
    PersonNotFound,
    TooManyPhotos,
}
