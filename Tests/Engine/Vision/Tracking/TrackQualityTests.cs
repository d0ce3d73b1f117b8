using FaceClassifier.Engine.Pipeline;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Tracking;
using static FaceClassifier.Tests.Engine.Vision.Tracking.TestFaces;

namespace FaceClassifier.Tests.Engine.Vision.Tracking;

[Trait("Kind", "unit")]
public class TrackQualityTests
{
    [Fact]
    public void A_turned_face_scores_lower_than_a_frontal_one()
    {
        var options = new TrackingOptions();
        var frontal = TrackQuality.Score(Face(0, 0, 150, 200), options);
        var turned = TrackQuality.Score(Face(0, 0, 150, 200, noseShift: 0.1f), options);

        Assert.True(turned < frontal * 0.8f, $"turned {turned}, frontal {frontal}");
    }

    [Theory]
    [InlineData(75, 100, 0.5f * 0.5f)]
    [InlineData(150, 100, 0.5f)]
    [InlineData(300, 300, 0.75f)]
    public void Score_is_size_times_sharpness_times_frontalness(float size, float sharpness, float expected)
    {
        Assert.Equal(expected, TrackQuality.Score(Face(0, 0, size, sharpness), new TrackingOptions()), 2);
    }
}
