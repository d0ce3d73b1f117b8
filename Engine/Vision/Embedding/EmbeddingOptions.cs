namespace FaceClassifier.Engine.Vision.Embedding;

/// <summary>How face chips become descriptors.</summary>
public sealed class EmbeddingOptions
{
    public const string SectionName = "Vision:Embedding";

    /// <summary>
    /// Average each chip's descriptor with its mirror image's (<see cref="MirrorAveragingEmbedder"/>): measured to raise the
    /// true-match rate at a false-match rate of 1e-3 from 0.973 to 0.986, at twice the recognition cost. A gallery must
    /// be enrolled with the same setting it is searched with.
    /// </summary>
    public bool MirrorAverage { get; set; } = true;
}
