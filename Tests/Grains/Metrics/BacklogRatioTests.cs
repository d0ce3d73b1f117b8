using FaceClassifier.Metrics;

namespace FaceClassifier.Tests.Grains.Metrics;

/// <summary>backlog_per_instance = (visible + in flight) / active silos, never dividing by fewer than one.</summary>
[Trait("Kind", "unit")]
public sealed class BacklogRatioTests
{
    [Theory]
    [InlineData(0, 0, 1, 0.0)]
    [InlineData(10, 2, 3, 4.0)]
    [InlineData(7, 0, 2, 3.5)]
    [InlineData(0, 3, 1, 3.0)]
    [InlineData(500, 0, 20, 25.0)]
    [InlineData(5, 1, 0, 6.0)]
    [InlineData(5, 1, -1, 6.0)]
    public void Unprocessed_events_per_active_silo(long visible, long inFlight, int silos, double expected) =>
        Assert.Equal(expected, BacklogRatio.PerInstance(new QueueBacklog(visible, inFlight), silos));
}
