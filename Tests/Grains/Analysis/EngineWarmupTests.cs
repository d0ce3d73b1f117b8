using FaceClassifier.Analysis;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Grains.Analysis;

/// <summary>The start-up warm-up of the face nets, with the real weights.</summary>
[Trait("Kind", "unit")]
public sealed class EngineWarmupTests
{
    [Fact]
    public async Task Start_up_loads_and_runs_the_nets()
    {
        var logs = new RecordingLoggerProvider();
        using var provider = EngineServices.Build(TestAssets.WeightsDirectory);

        await new EngineWarmup(provider, Options.Create(new AnalysisOptions()), logs.CreateLogger<EngineWarmup>()).StartAsync(CancellationToken.None);

        Assert.Single(logs.Named("LogWarmedUp"));
    }

    [Fact]
    public async Task Missing_weights_stop_start_up_when_warming_up()
    {
        using var provider = EngineServices.Build(TestAssets.TempDirectory());
        var warmup = new EngineWarmup(provider, Options.Create(new AnalysisOptions()), new RecordingLoggerProvider().CreateLogger<EngineWarmup>());

        await Assert.ThrowsAsync<ModelWeightsException>(() => warmup.StartAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Turned_off_it_loads_nothing()
    {
        var logs = new RecordingLoggerProvider();
        using var provider = EngineServices.Build(TestAssets.TempDirectory());

        await new EngineWarmup(provider, Options.Create(new AnalysisOptions { WarmUpAtStart = false }), logs.CreateLogger<EngineWarmup>()).StartAsync(CancellationToken.None);

        Assert.Empty(logs.Named("LogWarmedUp"));
    }
}
