using FaceClassifier.Engine.Vision.Matching;

namespace FaceClassifier.Tests.Engine.Vision.Matching;

[Trait("Kind", "unit")]
public class OpenSetThresholdTests
{
    private static readonly FaceMatcherOptions Defaults = new();

    [Theory]
    [InlineData(1e-3, 1, 1e-3)]
    [InlineData(1e-3, 1000, 1.0005e-6)]
    [InlineData(1e-2, 1_000_000, 1.00503e-8)]
    public void Each_comparison_gets_about_the_rate_over_the_comparisons(double rate, int comparisons, double expected)
    {
        Assert.Equal(expected, OpenSetThreshold.PerComparisonRate(rate, comparisons), expected * 1e-4);
    }

    [Fact]
    public void The_threshold_falls_as_the_gallery_grows()
    {
        var thresholds = new[] { 1, 100, 10_000, 1_000_000 }.Select(n => OpenSetThreshold.For(Defaults, n)).ToList();

        Assert.True(thresholds.Zip(thresholds.Skip(1)).All(p => p.First > p.Second), string.Join(", ", thresholds));
        Assert.All(thresholds, t => Assert.InRange(t, 0.2f, Defaults.MaxThreshold));
    }

    [Fact]
    public void The_threshold_is_the_impostor_quantile_of_the_per_comparison_rate()
    {
        var options = new FaceMatcherOptions { ImpostorDistanceMean = 1.0, ImpostorDistanceStdDev = 0.1, MaxThreshold = 2, FalseIdentificationRate = 0.02275013 };

        // Φ(−2) = 0.02275: one comparison may come within two standard deviations below the mean.
        Assert.Equal(0.8f, OpenSetThreshold.For(options, 1), 4);
    }

    [Fact]
    public void A_small_gallery_is_capped_at_the_one_to_one_threshold_and_a_fixed_threshold_wins()
    {
        var lenient = new FaceMatcherOptions { FalseIdentificationRate = 0.5 };

        Assert.Equal(lenient.MaxThreshold, OpenSetThreshold.For(lenient, 1));
        Assert.Equal(0.45f, OpenSetThreshold.For(new FaceMatcherOptions { Threshold = 0.45f }, 1_000_000));
    }
}
