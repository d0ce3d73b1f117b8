using FaceClassifier.Analysis;
using FaceClassifier.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Grains.Analysis;

/// <summary>The per-silo cap on concurrent chunk analyses.</summary>
[Trait("Kind", "unit")]
public sealed class AnalysisSlotsTests
{
    [Fact]
    public async Task Analyses_past_the_cap_wait_for_a_slot_and_get_the_freed_one()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var instruments = new JobInstruments(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        using var slots = new AnalysisSlots(Options.Create(new AnalysisOptions { MaxConcurrentAnalyses = 2 }), instruments);

        var first = await slots.AcquireAsync(CancellationToken.None);
        var second = await slots.AcquireAsync(CancellationToken.None);
        var third = slots.AcquireAsync(CancellationToken.None);
        Assert.False(third.IsCompleted);
        Assert.Equal((2, 2), (slots.Running, slots.Capacity));

        second.Dispose();
        second.Dispose();
        using var got = await third.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, slots.Running);

        using var cancel = new CancellationTokenSource();
        var fourth = slots.AcquireAsync(cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fourth);
        first.Dispose();
        Assert.Equal(1, slots.Running);
    }
}
