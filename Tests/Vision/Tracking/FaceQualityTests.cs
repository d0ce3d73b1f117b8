using FaceClassifier.Vision;
using FaceClassifier.Vision.Tracking;
using static FaceClassifier.Tests.Vision.Tracking.TestFaces;

namespace FaceClassifier.Tests.Vision.Tracking;

public class FaceQualityTests
{
    [Fact]
    public void A_symmetric_face_is_fully_frontal()
    {
        Assert.Equal(1f, FaceQuality.Frontalness(Landmarks(30, 40, 120)), 4);
    }

    [Fact]
    public void Frontalness_drops_as_the_nose_turns_away()
    {
        var values = new[] { 0f, 0.05f, 0.1f, 0.2f }.Select(shift => FaceQuality.Frontalness(Landmarks(0, 0, 100, shift))).ToList();

        Assert.Equal(values.OrderDescending(), values);
        Assert.Equal(values.Count, values.Distinct().Count());
        Assert.True(values[^1] < 0.6f, $"a strongly turned face, {values[^1]}");
    }

    [Fact]
    public void Frontalness_ignores_a_tilted_head()
    {
        var upright = Landmarks(0, 0, 100, 0.1f);
        var angle = MathF.PI / 6;
        var tilted = new FaceLandmarks([.. upright.Points.Select(p => new Point2(
            p.X * MathF.Cos(angle) - p.Y * MathF.Sin(angle), p.X * MathF.Sin(angle) + p.Y * MathF.Cos(angle)))]);

        Assert.Equal(FaceQuality.Frontalness(upright), FaceQuality.Frontalness(tilted), 4);
    }

    [Theory]
    [InlineData(75, 100, 0.5f * 0.5f)]
    [InlineData(150, 100, 0.5f)]
    [InlineData(300, 300, 0.75f)]
    public void Score_is_size_times_sharpness_times_frontalness(float size, float sharpness, float expected)
    {
        Assert.Equal(expected, FaceQuality.Score(Face(0, 0, size, sharpness), new TrackingOptions()), 4);
    }
}
