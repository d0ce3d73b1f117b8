using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Landmarks;

namespace FaceClassifier.Tests.Engine.Vision.Landmarks;

[Trait("Kind", "unit")]
public sealed class SquareResamplerTests
{
    [Theory]
    [InlineData(2, 5, 1, 0)]
    [InlineData(5, 2, 0, 1)]
    [InlineData(3, 7, 2, 0)]
    [InlineData(4, 4, 0, 0)]
    public void Padding_is_centred_with_the_odd_pixel_after(int width, int height, int left, int top)
    {
        Assert.Equal((left, top), SquareResampler.CentredPadding(width, height));
    }

    [Fact]
    public void Resize_is_TF_bilinear_without_half_pixel_centres()
    {
        // Crop 2x4 at (1,1) of a 4x5 image; R = 100·cx + 10·cy in crop coordinates, G = 7, B = 200.
        // Padded square is 4x4 with one zero column each side; n = 3, so src = dst·4/3.
        var image = Image(4, 5, (x, y) => ((byte)(100 * (x - 1) + 10 * (y - 1)), 7, 200), new CropRect(1, 1, 2, 4));
        var hwc = new float[3 * 3 * 3];

        SquareResampler.ResizeCentred(image, new CropRect(1, 1, 2, 4), 3, hwc);

        // (0,0) samples the left zero column with weight 1.
        Assert.Equal(0f, hwc[0]);
        // (1,1): src 4/3 between crop columns 0,1 and rows 1,2: 10,110 / 20,120 → 46.667.
        Assert.Equal(46.6667f, hwc[(1 * 3 + 1) * 3], 3);
        Assert.Equal(7f, hwc[(1 * 3 + 1) * 3 + 1], 4);
        Assert.Equal(200f, hwc[(1 * 3 + 1) * 3 + 2], 4);
        // (2,2): src 8/3 between crop column 1 and the right zero column, rows 2,3: 120,0 / 130,0 → 42.222.
        Assert.Equal(42.2222f, hwc[(2 * 3 + 2) * 3], 3);
    }

    [Fact]
    public void A_square_of_the_target_size_is_copied_with_its_padding()
    {
        var crop = new CropRect(0, 0, 3, 2);
        var image = Image(3, 2, (x, y) => ((byte)(x + 10 * y), (byte)(50 + x), (byte)(90 + y)), crop);
        var hwc = new float[3 * 3 * 3];

        SquareResampler.ResizeCentred(image, crop, 3, hwc);

        for (var y = 0; y < 3; y++)
        {
            for (var x = 0; x < 3; x++)
            {
                var o = (y * 3 + x) * 3;
                // One row of padding, after the crop (bottom) because the difference is odd.
                float[] expected = y < 2 ? [x + 10 * y, 50 + x, 90 + y] : [0, 0, 0];
                Assert.Equal(expected, hwc[o..(o + 3)]);
            }
        }
    }

    [Fact]
    public void A_crop_outside_the_image_is_rejected()
    {
        var image = new RgbImage(4, 4, new byte[48]);

        Assert.Throws<ArgumentOutOfRangeException>(() => SquareResampler.ResizeCentred(image, new CropRect(2, 0, 3, 4), 3, new float[27]));
    }

    private static RgbImage Image(int width, int height, Func<int, int, (byte R, byte G, byte B)> pixel, CropRect crop)
    {
        var pixels = new byte[width * height * 3];
        for (var y = crop.Y; y < crop.Y + crop.Height; y++)
        {
            for (var x = crop.X; x < crop.X + crop.Width; x++)
            {
                var (r, g, b) = pixel(x, y);
                pixels[(y * width + x) * 3] = r;
                pixels[(y * width + x) * 3 + 1] = g;
                pixels[(y * width + x) * 3 + 2] = b;
            }
        }

        return new RgbImage(width, height, pixels);
    }
}
