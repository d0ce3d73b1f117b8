using FaceClassifier.Engine.Vision.Landmarks;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Engine.Vision.Landmarks;

/// <summary>One converted landmark net shared by a test class.</summary>
public sealed class LandmarkDetectorFixture : IDisposable
{
    public Landmark68Detector Detector { get; } = new(Options.Create(TestAssets.TestModelOptions()));

    public void Dispose() => Detector.Dispose();
}
