using System.Text.Json.Serialization;

namespace FaceClassifier.Jobs;

/// <summary>
/// An enrolled person found in the video, with why: Distance (the median over the good frames), Margin (how much
/// farther the next person is; null with one person enrolled) and SupportingFrames (good frames that put this person first).
/// </summary>
[GenerateSerializer, Alias("fc.PersonResult")]
public sealed record PersonResult(
    [property: Id(0)] string PersonId,
    [property: Id(1)] string Name,
    [property: Id(2)] double Confidence,
    [property: Id(3)] double FirstSeenS,
    [property: Id(4)] double LastSeenS,
    [property: Id(5)] int Appearances,
    [property: Id(6)] double BestFrameS,
    [property: Id(7)] double Distance = 0,
    [property: Id(8)] double? Margin = null,
    [property: Id(9)] int SupportingFrames = 0,
    [property: Id(20), JsonIgnore] string? ThumbnailKey = null)
{
    // Backing fields, so that a result stored before these fields existed reads as "" and [] rather than null.
    [Id(10)] private readonly string? _faceId;
    [Id(11)] private readonly IReadOnlyList<SegmentResult>? _segments;

    /// <summary>The face's id within the job ("f1", "f2", ..., shared with the unknown faces); empty in older results.</summary>
    public string FaceId { get => _faceId ?? ""; init => _faceId = value; }

    /// <summary>The times the person is on screen, in order.</summary>
    public IReadOnlyList<SegmentResult> Segments { get => _segments ?? []; init => _segments = value; }

    /// <summary>A signed link to <see cref="ThumbnailKey"/>, set only in the API's and webhooks' documents.</summary>
    [field: NonSerialized]
    public string? ThumbnailUrl { get; init; }
}

/// <summary>A face not in the gallery, clustered within the video.</summary>
[GenerateSerializer, Alias("fc.UnknownFaceResult")]
public sealed record UnknownFaceResult(
    [property: Id(0)] string Label,
    [property: Id(1)] int Appearances,
    [property: Id(2)] double FirstSeenS,
    [property: Id(3)] double LastSeenS,
    [property: Id(20), JsonIgnore] string? ThumbnailKey = null)
{
    [Id(4)] private readonly string? _faceId;
    [Id(5)] private readonly IReadOnlyList<SegmentResult>? _segments;

    /// <summary>The face's id within the job, as <see cref="PersonResult.FaceId"/>.</summary>
    public string FaceId { get => _faceId ?? ""; init => _faceId = value; }

    /// <summary>The times the face is on screen, in order.</summary>
    public IReadOnlyList<SegmentResult> Segments { get => _segments ?? []; init => _segments = value; }

    /// <summary>A signed link to <see cref="ThumbnailKey"/>, set only in the API's and webhooks' documents.</summary>
    [field: NonSerialized]
    public string? ThumbnailUrl { get; init; }
}

/// <summary>A time range, in seconds, in which a face is on screen.</summary>
[GenerateSerializer, Immutable, Alias("fc.SegmentResult")]
public sealed record SegmentResult([property: Id(0)] double StartS, [property: Id(1)] double EndS);

/// <summary>Who is in a video: the job's result.</summary>
[GenerateSerializer, Alias("fc.JobResult")]
public sealed record JobResult(
    [property: Id(0)] IReadOnlyList<PersonResult> People,
    [property: Id(1)] IReadOnlyList<UnknownFaceResult> UnknownFaces,
    [property: Id(2)] int FacesDetected,
    [property: Id(3)] int FramesAnalysed,
    [property: Id(4)] double DurationS);
