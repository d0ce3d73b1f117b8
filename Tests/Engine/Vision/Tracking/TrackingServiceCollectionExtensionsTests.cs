using FaceClassifier.Engine.Pipeline;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Tracking;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static FaceClassifier.Tests.Engine.Vision.SyntheticDescriptors;

namespace FaceClassifier.Tests.Engine.Vision.Tracking;

[Trait("Kind", "unit")]
public class TrackingServiceCollectionExtensionsTests
{
    [Fact]
    public void Resolves_the_services_with_options_from_configuration()
    {
        using var provider = Provider(new() { ["Vision:Matching:Threshold"] = "0.5", ["Vision:Tracking:DescriptorInterval"] = "4" });
        var enrolled = Person(1);
        var gallery = new[] { ("p1", "One", enrolled) };

        Assert.IsType<VideoChunkAnalyzer>(provider.GetRequiredService<IVideoChunkAnalyzer>());
        Assert.IsType<FaceSummaryBuilder>(provider.GetRequiredService<IFaceSummaryBuilder>());
        Assert.Equal(4, provider.GetRequiredService<IOptions<TrackingOptions>>().Value.DescriptorInterval);
        Assert.False(provider.GetRequiredService<IFaceMatcher>().Decide([TestGallery.Of(gallery).Candidates(Shifted(enrolled, 0.55f))]).IsKnown);
    }

    [Theory]
    [InlineData("Vision:Matching:Threshold", "0")]
    [InlineData("Vision:Matching:FalseIdentificationRate", "1")]
    [InlineData("Vision:Tracking:EvidenceFrames", "0")]
    [InlineData("Vision:Tracking:DescriptorInterval", "0")]
    [InlineData("Vision:Tracking:MinIoU", "1.5")]
    [InlineData("Vision:Summary:JoinDistance", "-1")]
    public void Rejects_invalid_options(string key, string value)
    {
        using var provider = Provider(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() =>
        {
            _ = provider.GetRequiredService<IOptions<FaceMatcherOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<TrackingOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<FaceSummaryOptions>>().Value;
        });
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        settings["Vision:Models:WeightsDirectory"] = TestAssets.WeightsDirectory;
        settings["Vision:Models:CacheDirectory"] = TestAssets.TestModelOptions().CacheDirectory;
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging();
        return services.AddFaceEngine().BuildServiceProvider();
    }
}
