using FaceClassifier.Engine.Pipeline;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;

namespace FaceClassifier.Engine.Vision.Tracking;

/// <summary>
/// One face followed across consecutive frames of a chunk: Descriptor (the mean of its best frames) says which tracks
/// are one face; Evidence (its best frames over the quality floors, best first) says whom it shows.
/// </summary>
public sealed record TrackSummary(
    int TrackId,
    TimeSpan FirstSeen,
    TimeSpan LastSeen,
    int Appearances,
    TimeSpan BestFrameTime,
    FaceBox BestBox,
    float BestQuality,
    float[] Descriptor)
{
    public IReadOnlyList<float[]> Evidence { get; init; } = [];
}

/// <summary>What one worker found in one time range of a video.</summary>
public sealed record ChunkAnalysis(
    TimeSpan Start,
    TimeSpan End,
    int FramesAnalysed,
    int FacesDetected,
    IReadOnlyList<TrackSummary> Tracks)
{
    public AnalysisStageTimes Times { get; init; } = AnalysisStageTimes.None;
}

/// <summary>
/// An enrolled person seen in the video, with the decision's numbers (<see cref="FaceMatch"/>); FaceId, Segments and
/// Evidence as on <see cref="UnknownFace"/>.
/// </summary>
public sealed record PersonAppearance(
    string PersonId,
    string Name,
    float Confidence,
    float Distance,
    float? Margin,
    int SupportingFrames,
    TimeSpan FirstSeen,
    TimeSpan LastSeen,
    int Appearances,
    TimeSpan BestFrameTime,
    FaceBox BestBox)
{
    public string FaceId { get; init; } = "";

    public IReadOnlyList<TimeSegment> Segments { get; init; } = [];

    public IReadOnlyList<float[]> Evidence { get; init; } = [];
}

/// <summary>
/// A face not in the gallery, clustered within the video ("unknown person 1", ...). FaceId ("f1", "f2", ...) numbers
/// people and unknown faces together by first appearance; Segments are the times it is on screen, in order; Evidence
/// the descriptors of its best good frames (at most 16), what it was decided on and what a later gallery is matched with.
/// </summary>
public sealed record UnknownFace(
    string Label,
    int Appearances,
    TimeSpan FirstSeen,
    TimeSpan LastSeen,
    TimeSpan BestFrameTime,
    FaceBox BestBox)
{
    public string FaceId { get; init; } = "";

    public IReadOnlyList<TimeSegment> Segments { get; init; } = [];

    public IReadOnlyList<float[]> Evidence { get; init; } = [];
}

/// <summary>Who is in a whole video.</summary>
public sealed record VideoFaceSummary(IReadOnlyList<PersonAppearance> People, IReadOnlyList<UnknownFace> Unknown);

/// <summary>Joins the chunks' tracks, matches them against the gallery and clusters the unknown ones.</summary>
public interface IFaceSummaryBuilder
{
    /// <summary>Searches the gallery once, for all the joined tracks together; <paramref name="samplingInterval"/> is the time between sampled frames.</summary>
    Task<VideoFaceSummary> BuildAsync(IReadOnlyList<ChunkAnalysis> chunks, IGallerySearch gallery, TimeSpan samplingInterval, CancellationToken cancellationToken = default);
}
