namespace FaceClassifier.Tests.Testing;

/// <summary>A grain state shaped like a small record with binary-ish payload, for the grain storage tests.</summary>
[GenerateSerializer, Alias("tests.SampleState")]
public sealed record SampleState
{
    [Id(0)] public string Name { get; init; } = "";

    [Id(1)] public float[][] Descriptors { get; init; } = [];
}
