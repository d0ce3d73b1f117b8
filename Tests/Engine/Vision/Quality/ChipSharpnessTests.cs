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
public sealed class ChipSharpnessTests(ITestOutputHelper output)
{
    [Fact]
    public void Sharpness_of_a_flat_chip_is_zero()
    {
        var pixels = Enumerable.Repeat((byte)97, 150 * 150 * 3).ToArray();

        Assert.Equal(0f, ChipSharpness.Of(new RgbImage(150, 150, pixels)));
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

        Assert.Equal(1020f * 1020f, ChipSharpness.Of(new RgbImage(150, 150, pixels)), 1f);
    }

    [Fact]
    public void Blur_lowers_the_sharpness_of_a_real_chip()
    {
        var image = TestImages.LoadRgb(TestAssets.DemoImage("sample6.jpg"));
        var chip = new SimilarityFaceAligner().Align(image, LandmarkReference.FacesOf("sample6.jpg").Single(f => f.Index == 1).Landmarks);

        var sharp = ChipSharpness.Of(chip);
        var soft = ChipSharpness.Of(Blur(chip, 1.0));
        var blurred = ChipSharpness.Of(Blur(chip, 2.5));
        output.WriteLine($"sharpness: chip {sharp:F1}, sigma 1 {soft:F1}, sigma 2.5 {blurred:F1}");

        Assert.InRange(soft, 0, sharp / 2);
        Assert.InRange(blurred, 0, soft / 2);
    }

    /// <summary>A Gaussian blur of <paramref name="chip"/>.</summary>
    internal static RgbImage Blur(RgbImage chip, double sigma)
    {
        using var source = Mat.FromPixelData(chip.Height, chip.Width, MatType.CV_8UC3, chip.Pixels);
        using var blurred = new Mat();
        Cv2.GaussianBlur(source, blurred, new Size(0, 0), sigma);
        var pixels = new byte[chip.Pixels.Length];
        System.Runtime.InteropServices.Marshal.Copy(blurred.Data, pixels, 0, pixels.Length);
        return new RgbImage(chip.Width, chip.Height, pixels);
    }
}
