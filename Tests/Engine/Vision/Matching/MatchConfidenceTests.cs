using FaceClassifier.Engine.Vision.Matching;

namespace FaceClassifier.Tests.Engine.Vision.Matching;

[Trait("Kind", "unit")]
public class MatchConfidenceTests
{
    [Theory]
    [InlineData(0f, 1f)]
    [InlineData(0.3f, 16f / 17)]
    [InlineData(0.6f, 0.5f)]
    [InlineData(1.2f, 1f / 17)]
    public void Maps_known_distances(float distance, float expected) =>
        Assert.Equal(expected, MatchConfidence.FromDistance(distance, 0.6f), 6);

    [Fact]
    public void Decreases_and_stays_in_range()
    {
        var previous = float.PositiveInfinity;
        for (var i = 0; i <= 400; i++)
        {
            var confidence = MatchConfidence.FromDistance(i * 0.01f, 0.6f);

            Assert.InRange(confidence, 0f, 1f);
            // Below 0.1 the drop from 1 is smaller than float resolution, so only ask for strictness above it.
            Assert.True(i < 10 ? confidence <= previous : confidence < previous, $"not decreasing at {i * 0.01f}: {confidence} after {previous}");
            previous = confidence;
        }

        Assert.True(previous < 0.001f, $"far away tends to 0, got {previous} at 4.0");
    }

    [Fact]
    public void Rejects_negative_distances_and_thresholds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MatchConfidence.FromDistance(-0.1f, 0.6f));
        Assert.Throws<ArgumentOutOfRangeException>(() => MatchConfidence.FromDistance(0.1f, 0));
    }
}
