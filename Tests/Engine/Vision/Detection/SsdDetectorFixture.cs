using FaceClassifier.Engine.Vision.Detection;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Engine.Vision.Detection;

/// <summary>One detector with default options, shared by the SSD tests (building a session takes seconds).</summary>
public sealed class SsdDetectorFixture : IDisposable
{
    public SsdMobilenetV1Detector Detector { get; } = Create(new FaceDetectorOptions());

    public static SsdMobilenetV1Detector Create(FaceDetectorOptions options) =>
        new(Options.Create(TestAssets.TestModelOptions()), Options.Create(options));

    public void Dispose() => Detector.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SsdDetectorCollection : ICollectionFixture<SsdDetectorFixture>
{
    public const string Name = "SSD detector";
}
