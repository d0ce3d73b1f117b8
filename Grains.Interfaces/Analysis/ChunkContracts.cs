namespace FaceClassifier.Analysis;

/// <summary>A box in frame pixels.</summary>
[GenerateSerializer, Alias("fc.WireBox")]
public sealed record WireBox(
    [property: Id(0)] float X,
    [property: Id(1)] float Y,
    [property: Id(2)] float Width,
    [property: Id(3)] float Height);

/// <summary>One time range of a job's video for a worker to analyse; a null End runs to the end of the video.</summary>
[GenerateSerializer, Alias("fc.ChunkRequest")]
public sealed record ChunkRequest(
    [property: Id(0)] Guid JobId,
    [property: Id(1)] int ChunkIndex,
    [property: Id(2)] string VideoKey,
    [property: Id(3)] TimeSpan Start,
    [property: Id(4)] TimeSpan? End,
    [property: Id(5)] double FramesPerSecond,
    [property: Id(6)] int? MaxWidth);

/// <summary>A face followed through a chunk, with its good frames' descriptors (Evidence); descriptors are biometric data.</summary>
[GenerateSerializer, Alias("fc.ChunkTrack")]
public sealed record ChunkTrack(
    [property: Id(0)] int TrackId,
    [property: Id(1)] TimeSpan FirstSeen,
    [property: Id(2)] TimeSpan LastSeen,
    [property: Id(3)] int Appearances,
    [property: Id(4)] TimeSpan BestFrameTime,
    [property: Id(5)] WireBox BestBox,
    [property: Id(6)] float BestQuality,
    [property: Id(7)] float[] Descriptor,
    [property: Id(8)] float[][]? Evidence = null);

/// <summary>What a worker found in one chunk.</summary>
[GenerateSerializer, Alias("fc.ChunkResult")]
public sealed record ChunkResult(
    [property: Id(0)] int ChunkIndex,
    [property: Id(1)] TimeSpan Start,
    [property: Id(2)] TimeSpan End,
    [property: Id(3)] int FramesAnalysed,
    [property: Id(4)] int FacesDetected,
    [property: Id(5)] IReadOnlyList<ChunkTrack> Tracks);
