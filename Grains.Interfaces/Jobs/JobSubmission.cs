namespace FaceClassifier.Jobs;

/// <summary>What ffprobe found in an uploaded video, as the job keeps it.</summary>
[GenerateSerializer, Alias("fc.VideoFacts")]
public sealed record VideoFacts(
    [property: Id(0)] string Container,
    [property: Id(1)] string Codec,
    [property: Id(2)] TimeSpan Duration,
    [property: Id(3)] int Width,
    [property: Id(4)] int Height,
    [property: Id(5)] double FrameRate,
    [property: Id(6)] long SizeBytes);

/// <summary>A validated upload handed to a new job.</summary>
[GenerateSerializer, Alias("fc.JobSubmission")]
public sealed record JobSubmission(
    [property: Id(0)] string Name,
    [property: Id(1)] string Email,
    [property: Id(2)] string VideoKey,
    [property: Id(3)] VideoFacts Video,
    [property: Id(4)] string? WebhookUrl);
