using FaceClassifier.Analysis;
using FaceClassifier.Engine.Vision.Photos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Tests.Grains.Analysis;

/// <summary>On a silo, photos see the chunk analyses holding a slot as background work.</summary>
[Trait("Kind", "unit")]
public sealed class SlotsBackgroundAnalysesTests
{
    [Fact]
    public async Task The_registered_background_counts_the_slots_in_use()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddFaceClassifierGrains()
            .BuildServiceProvider();
        var background = provider.GetRequiredService<IBackgroundAnalyses>();
        var slots = provider.GetRequiredService<AnalysisSlots>();

        Assert.IsType<SlotsBackgroundAnalyses>(background);
        Assert.Equal(0, background.Running);
        using (await slots.AcquireAsync(CancellationToken.None))
        {
            Assert.Equal(1, background.Running);
        }

        Assert.Equal(0, background.Running);
    }
}
