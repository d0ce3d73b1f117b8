using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Detection;

namespace FaceClassifier.Tests.Engine.Vision.Detection;

/// <summary>padToSquare + TF bilinear resize + x/127.5 − 1 + NCHW on inputs small enough to check by hand.</summary>
[Trait("Kind", "unit")]
public sealed class SsdPreprocessingTests
{
    [Fact]
    public void Same_size_square_is_only_normalised_and_split_into_planes()
    {
        var image = new RgbImage(2, 2, [0, 1, 2, 3, 4, 5, 6, 7, 8, 255, 0, 51]);

        var tensor = Run(image, SsdCanvas.PadToSquare(2, 2), size: 2);

        Assert.Equal(Normalised(0, 3, 6, 255, 1, 4, 7, 0, 2, 5, 8, 51), tensor);
    }

    [Fact]
    public void Wide_image_is_padded_with_zeros_at_the_bottom_then_upscaled()
    {
        // 2x1 → 2x2 canvas (row 1 = 0) → 4x4: src = dst * 0.5, so columns/rows sample 0, .5, 1, 1.5.
        var image = new RgbImage(2, 1, [0, 100, 200, 255, 50, 0]);

        var tensor = Run(image, SsdCanvas.PadToSquare(2, 1), size: 4);

        Assert.Equal(
            Normalised(
                0, 127.5f, 255, 255, /**/ 0, 63.75f, 127.5f, 127.5f, /**/ 0, 0, 0, 0, /**/ 0, 0, 0, 0,
                100, 75, 50, 50, /**/ 50, 37.5f, 25, 25, /**/ 0, 0, 0, 0, /**/ 0, 0, 0, 0,
                200, 100, 0, 0, /**/ 100, 50, 0, 0, /**/ 0, 0, 0, 0, /**/ 0, 0, 0, 0),
            tensor);
    }

    [Fact]
    public void Tall_image_is_padded_with_zeros_at_the_right_then_downscaled()
    {
        // 1x4 (one column, values 0, 40, 80, 120 in every channel) → 4x4 canvas → 2x2: src = dst * 2, no fractions.
        var image = new RgbImage(1, 4, [0, 0, 0, 40, 40, 40, 80, 80, 80, 120, 120, 120]);

        var tensor = Run(image, SsdCanvas.PadToSquare(1, 4), size: 2);

        float[] plane = [0, 0, 80, 0];
        Assert.Equal(Normalised([.. plane, .. plane, .. plane]), tensor);
    }

    [Fact]
    public void Downscale_by_a_fraction_interpolates_between_rows_and_columns()
    {
        // 3x3 grey ramp v = 10*x + 100*y → 2x2: src = dst * 1.5, so (0,0) and (1.5,1.5).
        var pixels = new byte[27];
        for (var y = 0; y < 3; y++)
        {
            for (var x = 0; x < 3; x++)
            {
                pixels.AsSpan(3 * (3 * y + x), 3).Fill((byte)(10 * x + 100 * y));
            }
        }

        var tensor = Run(new RgbImage(3, 3, pixels), SsdCanvas.PadToSquare(3, 3), size: 2);

        // (1.5, 0): 10 + (20 − 10)/2 = 15; (0, 1.5): 150; (1.5, 1.5): 115 + (215 − 115)/2 = 165.
        float[] plane = [0, 15, 150, 165];
        Assert.Equal(Normalised([.. plane, .. plane, .. plane]), tensor);
    }

    [Fact]
    public void Framed_canvas_centres_the_image_on_the_fill_colour()
    {
        var canvas = SsdCanvas.Framed(1, 1, border: 1, fill: 128);
        Assert.Equal(new SsdCanvas(3, 1, 1, 128), canvas);

        var tensor = Run(new RgbImage(1, 1, [255, 0, 51]), canvas, size: 3);

        float[] Plane(float centre) => [128, 128, 128, 128, centre, 128, 128, 128, 128];
        Assert.Equal(Normalised([.. Plane(255), .. Plane(0), .. Plane(51)]), tensor);
    }

    [Fact]
    public void Full_size_tensor_of_a_black_frame_is_minus_one_everywhere()
    {
        var tensor = new float[SsdPreprocessing.TensorLength];
        tensor.AsSpan().Fill(float.NaN);

        SsdPreprocessing.ToInputTensor(new RgbImage(1280, 720, new byte[1280 * 720 * 3]), SsdCanvas.PadToSquare(1280, 720), tensor);

        Assert.All(tensor, v => Assert.Equal(-1f, v));
    }

    private static float[] Run(RgbImage image, SsdCanvas canvas, int size)
    {
        var tensor = new float[3 * size * size];
        SsdPreprocessing.ToInputTensor(image, canvas, tensor, size);
        return tensor;
    }

    private static float[] Normalised(params float[] values) => values.Select(v => v / 127.5f - 1f).ToArray();
}
