using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Embedding;

namespace FaceClassifier.Tests.Engine.Vision.Embedding;

/// <summary>face-api's toBatchTensor(150, centred) + (v - mean)/255, checked value by value.</summary>
[Trait("Kind", "unit")]
public sealed class RecognitionNetPreprocessingTests
{
    private const int Plane = 150 * 150;

    [Fact]
    public void A_150_chip_is_only_normalised_into_rgb_planes()
    {
        var pixels = new byte[Plane * 3];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)(i * 7 % 256);
        }

        var nchw = new float[Plane * 3];
        RecognitionNetPreprocessing.Write(new RgbImage(150, 150, pixels), nchw);

        float[] mean = [122.782f, 117.001f, 104.298f];
        for (var i = 0; i < Plane; i++)
        {
            for (var c = 0; c < 3; c++)
            {
                Assert.Equal((pixels[i * 3 + c] - mean[c]) / 255f, nchw[c * Plane + i]);
            }
        }

        // Pixel (0,0) is RGB (0, 7, 14); pixel (x=1, y=0) starts at byte 3: RGB (21, 28, 35).
        Assert.Equal(-0.4814980f, nchw[0], 6);
        Assert.Equal((7 - 117.001f) / 255f, nchw[Plane]);
        Assert.Equal((35 - 104.298f) / 255f, nchw[2 * Plane + 1]);
    }

    [Theory]
    [InlineData(3, 6, 1, 0)] // tall, odd difference 3: one column before, two after
    [InlineData(5, 2, 0, 1)] // wide, odd difference 3: one row before, two after
    [InlineData(2, 4, 1, 0)] // tall, even difference: one each side
    public void Pad_to_square_centres_with_the_odd_pixel_after(int width, int height, int left, int top)
    {
        var pixels = Enumerable.Repeat((byte)200, width * height * 3).ToArray();

        var square = RecognitionNetPreprocessing.PadToSquare(new RgbImage(width, height, pixels));

        var side = Math.Max(width, height);
        Assert.Equal((side, side), (square.Width, square.Height));
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                var inside = x >= left && x < left + width && y >= top && y < top + height;
                Assert.Equal(inside ? (byte)200 : (byte)0, square.Pixels[(y * side + x) * 3 + 1]);
            }
        }
    }

    [Fact]
    public void Resize_samples_at_dst_times_scale_without_half_pixel_centres()
    {
        // One channel shown; 2x2 -> 4x4 has src = 0, 0.5, 1, 1.5 and clamps the last tap.
        var square = Gray(2, [0, 100, 40, 200]);

        var resized = RecognitionNetPreprocessing.ResizeBilinear(square, 4);

        float[] expected =
        [
            0, 50, 100, 100,
            20, 85, 150, 150,
            40, 120, 200, 200,
            40, 120, 200, 200,
        ];
        Assert.Equal(expected, Enumerable.Range(0, 16).Select(i => resized[i * 3]).ToArray());
    }

    [Fact]
    public void Resize_down_by_two_picks_every_other_pixel()
    {
        var square = Gray(4, [.. Enumerable.Range(0, 16).Select(i => (byte)(i * 10))]);

        var resized = RecognitionNetPreprocessing.ResizeBilinear(square, 2);

        Assert.Equal([0f, 20f, 80f, 100f], Enumerable.Range(0, 4).Select(i => resized[i * 3]).ToArray());
    }

    [Fact]
    public void A_150_wide_image_is_padded_to_150_and_not_resized()
    {
        // 150x101: difference 49 -> 24 rows of zeros above, 25 below, no resampling.
        var chip = new RgbImage(150, 101, Enumerable.Repeat((byte)255, 150 * 101 * 3).ToArray());
        var nchw = new float[Plane * 3];

        RecognitionNetPreprocessing.Write(chip, nchw);

        for (var y = 0; y < 150; y++)
        {
            var value = y is >= 24 and < 125 ? 255f : 0f;
            Assert.Equal((value - 122.782f) / 255f, nchw[y * 150 + 75]);
        }
    }

    [Fact]
    public void Write_rejects_a_destination_of_the_wrong_size()
    {
        var chip = new RgbImage(150, 150, new byte[Plane * 3]);

        Assert.Throws<ArgumentException>(() => RecognitionNetPreprocessing.Write(chip, new float[Plane]));
    }

    private static RgbImage Gray(int side, byte[] values) =>
        new(side, side, values.SelectMany(v => new[] { v, v, v }).ToArray());
}
