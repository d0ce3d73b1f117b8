using FaceClassifier.Engine.Vision.Embedding;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Engine.Vision.Embedding;

/// <summary>One embedder (one ONNX session, one intra-op thread) shared by a test class.</summary>
public sealed class RecognitionNetFixture : IDisposable
{
    public RecognitionNetEmbedder Embedder { get; } = new(Options.Create(TestAssets.TestModelOptions()));

    public void Dispose() => Embedder.Dispose();
}
