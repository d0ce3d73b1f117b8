using FaceClassifier.Engine.Vision.Quality;

namespace FaceClassifier.Tests.Engine.Vision.Quality;

[Trait("Kind", "unit")]
public sealed class FaceQualityFloorsTests
{
    private static readonly FaceQualityFloors Floors = new FaceQualityOptions().Enrolment;
    private static readonly FaceQuality Good = new(60, 300, new HeadPose(5, -3, 2), 0.99f);

    [Fact]
    public void A_face_over_every_floor_is_admitted()
    {
        Assert.Null(Floors.Check(Good));
        Assert.True(Floors.Admits(Good));
    }

    [Fact]
    public void Each_floor_names_its_reason_and_both_numbers()
    {
        Assert.Equal(
            new QualityShortfall(QualityReason.TooSmall, "face too small: 31 px between the eyes, at least 40 needed"),
            Floors.Check(Good with { InterOcularPixels = 31.2f }));
        Assert.Equal(
            new QualityShortfall(QualityReason.TooBlurred, "face too blurred: sharpness 12, at least 25 needed"),
            Floors.Check(Good with { Sharpness = 12 }));
        Assert.Equal(
            new QualityShortfall(QualityReason.TooTurned, "face too turned: 52° to the side, at most 40° allowed"),
            Floors.Check(Good with { Pose = new HeadPose(-52, 0, 0) }));
        Assert.Equal(
            new QualityShortfall(QualityReason.TooTurned, "face too turned: 41° up or down, at most 35° allowed"),
            Floors.Check(Good with { Pose = new HeadPose(0, 41, 0) }));
        Assert.Equal(
            new QualityShortfall(QualityReason.LowConfidence, "face detected with too little confidence: score 0.61, at least 0.80 needed"),
            Floors.Check(Good with { DetectorScore = 0.61f }));
    }

    [Fact]
    public void The_size_floor_is_checked_first()
    {
        var poor = new FaceQuality(10, 1, new HeadPose(80, 80, 0), 0.1f);

        Assert.Equal(QualityReason.TooSmall, Floors.Check(poor)!.Reason);
    }

    [Fact]
    public void Evidence_floors_are_no_stricter_than_enrolment_floors()
    {
        var (evidence, enrolment) = (new FaceQualityOptions().Evidence, new FaceQualityOptions().Enrolment);

        Assert.True(evidence.MinInterOcularPixels <= enrolment.MinInterOcularPixels);
        Assert.True(evidence.MinSharpness <= enrolment.MinSharpness);
        Assert.True(evidence.MaxYawDegrees >= enrolment.MaxYawDegrees);
        Assert.True(evidence.MaxPitchDegrees >= enrolment.MaxPitchDegrees);
        Assert.True(evidence.MinDetectorScore <= enrolment.MinDetectorScore);
    }
}
