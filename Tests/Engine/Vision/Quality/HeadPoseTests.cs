using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Alignment;
using FaceClassifier.Engine.Vision.Quality;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Engine.Vision.Alignment;
using FaceClassifier.Tests.Engine.Vision.Landmarks;
using Xunit.Abstractions;

namespace FaceClassifier.Tests.Engine.Vision.Quality;

[Trait("Kind", "unit")]
public sealed class HeadPoseTests(ITestOutputHelper output)
{
    private static readonly FaceLandmarks Template =
        new([.. Enumerable.Repeat(new Point2(75, 64.5f), 17), .. FaceChipTemplate.Points]);

    [Fact]
    public void The_template_face_is_fully_frontal()
    {
        Assert.Equal(1f, HeadPose.Frontalness(Template), 0.01f);
        Assert.Equal(0f, HeadPose.Estimate(Template).Roll, 0.01f);
    }

    [Fact]
    public void Roll_and_a_turned_nose_lower_frontalness()
    {
        var rolled = TestWarp.Apply(SimilarityTransform.FromRotationScale(30 * Math.PI / 180, 1.3, 10, -4), Template);
        var turned = new FaceLandmarks([.. Template.Points.Select((p, i) => i is >= 27 and <= 35 ? p with { X = p.X + 15 } : p)]);

        Assert.Equal(30f, HeadPose.Estimate(rolled).Roll, 0.01f);
        Assert.Equal(MathF.Cos(MathF.PI / 6), HeadPose.Frontalness(rolled), 0.01f);
        // The nose moved 15 px of the 54 px between the eye centres off the midpoint.
        Assert.Equal(1 - 30 / 54.344f, HeadPose.Frontalness(turned), 0.01f);
    }

    [Fact]
    public void Near_frontal_demo_faces_score_above_profile_faces()
    {
        // face-api's own yaw estimates: sample6#1 −15°, sample5#1 17°, sample2#1 −23° against
        // sample2#2 93°, sample5#3 −86°, sample4#1 −72°.
        string[] frontal = ["sample6.jpg#1", "sample5.jpg#1", "sample2.jpg#1"];
        string[] profile = ["sample2.jpg#2", "sample5.jpg#3", "sample4.jpg#1"];
        var score = LandmarkReference.Faces.ToDictionary(f => f.ToString(), f => HeadPose.Frontalness(f.Landmarks));
        foreach (var (name, value) in score.OrderByDescending(p => p.Value))
        {
            output.WriteLine($"{name}: frontalness {value:F3}");
        }

        Assert.True(frontal.Min(n => score[n]) > profile.Max(n => score[n]));
    }

    [Fact]
    public void The_template_face_has_no_yaw_pitch_or_roll()
    {
        var pose = HeadPose.Estimate(Template);

        Assert.Equal(0f, pose.Yaw, 0.5f);
        Assert.Equal(0f, pose.Pitch, 0.5f);
    }

    [Fact]
    public void A_nose_moved_towards_an_eye_turns_the_yaw_that_way_and_a_lowered_nose_the_pitch_down()
    {
        // The nose halfway to the right eye: (2·0.75 − 1) = 0.5 half eye distances, over the model's 0.6 → atan 0.833 = 39.8°.
        var eyes = Template.RightEyeCenter.X - Template.LeftEyeCenter.X;
        var right = Moved(Template, dx: eyes / 4, dy: 0);
        var left = Moved(Template, dx: -eyes / 4, dy: 0);
        var down = Moved(Template, dx: 0, dy: 10);

        Assert.Equal(39.81f, HeadPose.Estimate(right).Yaw, 0.5f);
        Assert.Equal(-39.81f, HeadPose.Estimate(left).Yaw, 0.5f);
        Assert.True(HeadPose.Estimate(down).Pitch > 10, $"pitch {HeadPose.Estimate(down).Pitch}");
        Assert.Equal(0f, HeadPose.Estimate(down).Yaw, 0.5f);
    }

    [Fact]
    public void Demo_faces_face_api_calls_profiles_have_more_yaw_than_those_it_calls_frontal()
    {
        string[] frontal = ["sample6.jpg#1", "sample5.jpg#1", "sample2.jpg#1"];
        string[] profile = ["sample2.jpg#2", "sample5.jpg#3", "sample4.jpg#1"];
        var yaw = LandmarkReference.Faces.ToDictionary(f => f.ToString(), f => Math.Abs(HeadPose.Estimate(f.Landmarks).Yaw));
        foreach (var face in LandmarkReference.Faces)
        {
            var pose = HeadPose.Estimate(face.Landmarks);
            output.WriteLine($"{face}: yaw {pose.Yaw:F1}, pitch {pose.Pitch:F1}, roll {pose.Roll:F1}");
        }

        Assert.True(frontal.Max(n => yaw[n]) < profile.Min(n => yaw[n]));
    }

    private static FaceLandmarks Moved(FaceLandmarks face, float dx, float dy) =>
        new([.. face.Points.Select((p, i) => i is >= 27 and <= 35 ? new Point2(p.X + dx, p.Y + dy) : p)]);
}
