using FaceClassifier.Engine.Pipeline;
using FaceClassifier.Engine.Vision;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Engine.Pipeline;

[Trait("Kind", "unit")]
public sealed class FaceEngineRegistrationTests
{
    [Fact]
    public void The_registered_engine_finds_the_three_faces_of_sample1_with_descriptors()
    {
        using var provider = EngineServices.Build(TestAssets.WeightsDirectory);
        provider.WarmUpFaceEngine();

        var faces = provider.GetRequiredService<IFaceAnalyzer>().Analyze(TestImages.Demo("sample1.jpg"));

        Assert.Equal(3, faces.Count);
        Assert.All(faces, f => Assert.Equal(128, f.Descriptor!.Length));
    }

    [Fact]
    public void Missing_weights_stop_start_up_with_the_setup_command()
    {
        using var provider = EngineServices.Build(TestAssets.TempDirectory());

        var error = Assert.Throws<ModelWeightsException>(provider.WarmUpFaceEngine);

        Assert.Contains("is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("npm ci --prefix models", error.Message, StringComparison.Ordinal);
    }
}
