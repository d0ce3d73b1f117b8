using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Alignment;

namespace FaceClassifier.Tests.Engine.Vision.Alignment;

[Trait("Kind", "unit")]
public sealed class DlibChipAlignerTests
{
    public static TheoryData<string> Templates => ["dlib5", "dlib68"];

    [Fact]
    public void The_five_point_template_sits_where_the_mean_face_has_the_eye_corners_and_the_nose_bottom()
    {
        // dlib's two templates were fitted separately; the 5-point one must match the mean face at its landmarks.
        var five = DlibChipTemplate.FivePoint;
        for (var i = 0; i < five.Landmarks.Count; i++)
        {
            var (x, y) = MeanFace68.Points[five.Landmarks[i] - MeanFace68.FirstPoint];
            Assert.Equal(x, five.Unit[i].X, 0.005);
            Assert.Equal(y, five.Unit[i].Y, 0.005);
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Landmarks_on_the_padded_template_need_no_transform(string name)
    {
        var template = Template(name);
        var landmarks = OnTemplate(template, SimilarityTransform.Identity);

        var toChip = DlibChipAligner.Transform(template, landmarks);

        Assert.Equal(1, toChip.Scale, 1e-9);
        Assert.Equal(0, toChip.RotationRadians, 1e-9);
        Assert.Equal(0, toChip.Tx, 1e-6);
        Assert.Equal(0, toChip.Ty, 1e-6);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_turned_scaled_and_moved_face_is_brought_back(string name)
    {
        var template = Template(name);
        var move = SimilarityTransform.FromRotationScale(25 * Math.PI / 180, 2.5, 310, -40);
        var landmarks = OnTemplate(template, move);

        var toChip = DlibChipAligner.Transform(template, landmarks);

        Assert.Equal(1 / 2.5, toChip.Scale, 1e-6);
        Assert.Equal(-25 * Math.PI / 180, toChip.RotationRadians, 1e-6);
        for (var i = 0; i < template.Landmarks.Count; i++)
        {
            Assert.True(TestWarp.Distance(toChip.Apply(landmarks.Points[template.Landmarks[i]]), template.ChipPoint(i)) < 1e-3);
        }
    }

    [Fact]
    public void The_chip_frames_the_eyes_in_the_upper_half_at_dlibs_padding()
    {
        // 0.25 padding: the eye line at (0.25 + 0.22) / 1.5 · 150 ≈ 47 px, the nose bottom at ≈ 88 px.
        var five = DlibChipTemplate.FivePoint;
        Assert.InRange(five.ChipPoint(0).Y, 45, 49);
        Assert.InRange(five.ChipPoint(4).Y, 86, 90);
        Assert.InRange(five.ChipPoint(4).X, 73, 75);
    }

    [Fact]
    public void The_chip_is_150_pixels_square()
    {
        var image = new RgbImage(400, 300, new byte[400 * 300 * 3]);
        var landmarks = OnTemplate(DlibChipTemplate.MeanShape68, SimilarityTransform.FromRotationScale(0, 1.5, 80, 20));

        var chip = new DlibChipAligner(DlibChipTemplate.MeanShape68).Align(image, landmarks);

        Assert.Equal((150, 150), (chip.Width, chip.Height));
    }

    private static DlibChipTemplate Template(string name) => name == "dlib5" ? DlibChipTemplate.FivePoint : DlibChipTemplate.MeanShape68;

    /// <summary>68 landmarks with the template's points at their padded chip positions moved by <paramref name="move"/>; the rest at the chip centre.</summary>
    private static FaceLandmarks OnTemplate(DlibChipTemplate template, SimilarityTransform move)
    {
        var points = Enumerable.Repeat(move.Apply(new Point2(75, 75)), FaceLandmarks.Count).ToArray();
        for (var i = 0; i < template.Landmarks.Count; i++)
        {
            points[template.Landmarks[i]] = move.Apply(template.ChipPoint(i));
        }

        return new FaceLandmarks(points);
    }
}
