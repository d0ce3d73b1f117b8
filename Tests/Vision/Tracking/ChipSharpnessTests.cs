using FaceClassifier.Vision;
using FaceClassifier.Vision.Tracking;

namespace FaceClassifier.Tests.Vision.Tracking;

public class ChipSharpnessTests
{
    [Fact]
    public void A_flat_chip_has_no_sharpness()
    {
        Assert.Equal(0, ChipSharpness.Measure(Chip((_, _) => 128)));
    }

    [Fact]
    public void A_black_and_white_checkerboard_has_the_largest_laplacian()
    {
        // Every interior pixel differs from its 4 neighbours by 255: Laplacian ±1020, mean 0, variance 1020².
        Assert.Equal(1020f * 1020f, ChipSharpness.Measure(Chip((x, y) => (x + y) % 2 == 0 ? (byte)255 : (byte)0)));
    }

    [Fact]
    public void Blurring_lowers_sharpness()
    {
        var sharp = ChipSharpness.Measure(Chip((x, y) => (x / 4 + y / 4) % 2 == 0 ? (byte)255 : (byte)0));
        var soft = ChipSharpness.Measure(Chip((x, y) => (byte)(127 + 127 * MathF.Sin(x * MathF.PI / 4) * MathF.Sin(y * MathF.PI / 4))));

        Assert.True(sharp > soft, $"{sharp} > {soft}");
        Assert.True(soft > 0);
    }

    internal static RgbImage Chip(Func<int, int, byte> grey)
    {
        var pixels = new byte[150 * 150 * 3];
        for (var y = 0; y < 150; y++)
        {
            for (var x = 0; x < 150; x++)
            {
                pixels.AsSpan((y * 150 + x) * 3, 3).Fill(grey(x, y));
            }
        }

        return new RgbImage(150, 150, pixels);
    }
}
