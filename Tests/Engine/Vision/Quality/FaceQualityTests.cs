using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Alignment;
using FaceClassifier.Engine.Vision.Quality;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Engine.Vision.Alignment;
using FaceClassifier.Tests.Engine.Vision.Landmarks;
using OpenCvSharp;
using Xunit.Abstractions;

namespace FaceClassifier.Tests.Engine.Vision.Quality;

[Trait("Kind", "unit")]
public sealed class FaceQualityTests(ITestOutputHelper output)
{
    private static readonly FaceLandmarks Template =
        new([.. Enumerable.Repeat(new Point2(75, 64.5f), 17), .. FaceChipTemplate.Points]);

    [Fact]
    public void Sharpness_of_a_flat_chip_is_zero()
    {
        var pixels = Enumerable.Repeat((byte)97, 150 * 150 * 3).ToArray();

        Assert.Equal(0f, FaceQuality.Sharpness(new RgbImage(150, 150, pixels)));
    }

    [Fact]
    public void Sharpness_of_a_pixel_checkerboard_is_the_Laplacian_squared()
    {
        // Every pixel has four neighbours of the other colour: Laplacian ±4·255, mean 0, variance 1020².
        var pixels = new byte[150 * 150 * 3];
        for (var y = 0; y < 150; y++)
        {
            for (var x = 0; x < 150; x++)
            {
                var v = (byte)((x + y) % 2 == 0 ? 255 : 0);
                pixels.AsSpan((y * 150 + x) * 3, 3).Fill(v);
            }
        }

        Assert.Equal(1020f * 1020f, FaceQuality.Sharpness(new RgbImage(150, 150, pixels)), 1f);
    }

    [Fact]
    public void Blur_lowers_the_sharpness_of_a_real_chip()
    {
        var image = TestImages.LoadRgb(TestAssets.DemoImage("sample6.jpg"));
        var chip = new SimilarityFaceAligner().Align(image, LandmarkReference.FacesOf("sample6.jpg").Single(f => f.Index == 1).Landmarks);

        var sharp = FaceQuality.Sharpness(chip);
        var soft = FaceQuality.Sharpness(Blur(chip, 1.0));
        var blurred = FaceQuality.Sharpness(Blur(chip, 2.5));
        output.WriteLine($"sharpness: chip {sharp:F1}, sigma 1 {soft:F1}, sigma 2.5 {blurred:F1}");

        Assert.InRange(soft, 0, sharp / 2);
        Assert.InRange(blurred, 0, soft / 2);
    }

    [Fact]
    public void The_template_face_is_fully_frontal()
    {
        Assert.Equal(1f, FaceQuality.Frontalness(Template), 0.01f);
        Assert.Equal(0f, FaceQuality.RollDegrees(Template), 0.01f);
    }

    [Fact]
    public void Roll_and_a_turned_nose_lower_frontalness()
    {
        var rolled = TestWarp.Apply(SimilarityTransform.FromRotationScale(30 * Math.PI / 180, 1.3, 10, -4), Template);
        var turned = new FaceLandmarks([.. Template.Points.Select((p, i) => i is >= 27 and <= 35 ? p with { X = p.X + 15 } : p)]);

        Assert.Equal(30f, FaceQuality.RollDegrees(rolled), 0.01f);
        Assert.Equal(MathF.Cos(MathF.PI / 6), FaceQuality.Frontalness(rolled), 0.01f);
        // The nose moved 15 px of the 54 px between the eye centres off the midpoint.
        Assert.Equal(1 - 30 / 54.344f, FaceQuality.Frontalness(turned), 0.01f);
    }

    [Fact]
    public void Near_frontal_demo_faces_score_above_profile_faces()
    {
        // face-api's own yaw estimates: sample6#1 −15°, sample5#1 17°, sample2#1 −23° against
        // sample2#2 93°, sample5#3 −86°, sample4#1 −72°.
        string[] frontal = ["sample6.jpg#1", "sample5.jpg#1", "sample2.jpg#1"];
        string[] profile = ["sample2.jpg#2", "sample5.jpg#3", "sample4.jpg#1"];
        var score = LandmarkReference.Faces.ToDictionary(f => f.ToString(), f => FaceQuality.Frontalness(f.Landmarks));
        foreach (var (name, value) in score.OrderByDescending(p => p.Value))
        {
            output.WriteLine($"{name}: frontalness {value:F3}");
        }

        Assert.True(frontal.Min(n => score[n]) > profile.Max(n => score[n]));
    }

    [Fact]
    public void Frame_score_prefers_frontal_then_sharp()
    {
        Assert.Equal(0.5f, FaceQuality.FrameScore(100, 1), 4);
        Assert.True(FaceQuality.FrameScore(400, 0.9f) > FaceQuality.FrameScore(100, 0.9f));
        Assert.True(FaceQuality.FrameScore(100, 0.9f) > FaceQuality.FrameScore(400, 0.3f));
        Assert.Equal(0f, FaceQuality.FrameScore(0, 1));
    }

    private static RgbImage Blur(RgbImage chip, double sigma)
    {
        using var source = Mat.FromPixelData(chip.Height, chip.Width, MatType.CV_8UC3, chip.Pixels);
        using var blurred = new Mat();
        Cv2.GaussianBlur(source, blurred, new Size(0, 0), sigma);
        var pixels = new byte[chip.Pixels.Length];
        System.Runtime.InteropServices.Marshal.Copy(blurred.Data, pixels, 0, pixels.Length);
        return new RgbImage(chip.Width, chip.Height, pixels);
    }
}
