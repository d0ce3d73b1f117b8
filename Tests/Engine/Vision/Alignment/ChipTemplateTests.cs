using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Alignment;
using FaceClassifier.Tests.Engine.Vision.Landmarks;

namespace FaceClassifier.Tests.Engine.Vision.Alignment;

[Trait("Kind", "unit")]
public sealed class ChipTemplateTests
{
    [Fact]
    public void Template_is_reproduced_from_the_reference_landmarks()
    {
        var derived = ChipTemplateDerivation.Derive(LandmarkReference.Faces.Select(f => f.Landmarks));

        Assert.Equal(51, FaceChipTemplate.Points.Count);
        for (var i = FaceChipTemplate.FirstPoint; i < FaceLandmarks.Count; i++)
        {
            Assert.Equal(derived[i].X, FaceChipTemplate.At(i).X, 0.006f);
            Assert.Equal(derived[i].Y, FaceChipTemplate.At(i).Y, 0.006f);
        }
    }

    [Fact]
    public void Template_keeps_FaceApi_box_framing()
    {
        var t = new FaceLandmarks([.. Enumerable.Repeat(new Point2(75, 64.5f), 17), .. FaceChipTemplate.Points]);
        var (l, r, m) = (t.LeftEyeCenter, t.RightEyeCenter, t.MouthCenter);

        Assert.Equal(75f, (l.X + r.X + m.X) / 3, 0.01f);
        Assert.Equal(64.5f, (l.Y + r.Y + m.Y) / 3, 0.01f);
        var eyeToMouth = (Distance(m, l) + Distance(m, r)) / 2;
        Assert.Equal(0.45f * 150, eyeToMouth, 0.5f);
        Assert.Equal(l.Y, r.Y, 0.001f);
    }

    private static float Distance(Point2 a, Point2 b) => MathF.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
