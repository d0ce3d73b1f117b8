using FaceClassifier.Notifications.Delivery;

namespace FaceClassifier.Tests.Notifications.Delivery;

[Trait("Kind", "unit")]
public sealed class RetryPolicyTests
{
    private static readonly RetryPolicy Exact = new(8, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), Jitter: false);

    [Fact]
    public void WithoutJitter_WaitsDoubleUpToTheCap()
    {
        var delays = Enumerable.Range(1, 7).Select(n => Exact.DelayAfter(n, null, new Random(1)).TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 16, 30, 30], delays);
    }

    [Fact]
    public void RetryAfter_IsHonouredWhenLonger_AndCapped()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), Exact.DelayAfter(1, TimeSpan.FromSeconds(7), new Random(1)));
        Assert.Equal(TimeSpan.FromSeconds(4), Exact.DelayAfter(3, TimeSpan.FromSeconds(2), new Random(1)));
        Assert.Equal(TimeSpan.FromSeconds(30), Exact.DelayAfter(1, TimeSpan.FromHours(1), new Random(1)));
    }

    [Fact]
    public void Jitter_SpreadsWithinAQuarterEitherWay()
    {
        var policy = Exact with { Jitter = true };
        var random = new Random(42);

        var delays = Enumerable.Range(0, 200).Select(_ => policy.DelayAfter(3, null, random).TotalSeconds).ToList();

        Assert.All(delays, d => Assert.InRange(d, 3.0, 5.0));
        Assert.True(delays.Min() < 3.2 && delays.Max() > 4.8, $"spread {delays.Min()}..{delays.Max()}");
    }
}
