namespace FaceClassifier.Learning;

/// <summary>A person's appearances as of the last scan (null RefreshedAt: never scanned).</summary>
[GenerateSerializer, Alias("fc.PersonAppearancesState")]
public sealed record PersonAppearancesState
{
    [Id(0)] public IReadOnlyList<JobAppearance> Appearances { get; init; } = [];

    [Id(1)] public DateTimeOffset? RefreshedAt { get; init; }
}
