using FaceClassifier.Analysis;

namespace FaceClassifier.Jobs;

/// <summary>A running job's finished chunks (tracks with descriptors), cleared when the job finishes or is deleted.</summary>
[GenerateSerializer, Alias("fc.RunnerState")]
public sealed record RunnerState
{
    [Id(0)] public ChunkResult[] Chunks { get; init; } = [];
}
