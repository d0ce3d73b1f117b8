using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Landmarks;

namespace FaceClassifier.Tests.Engine.Vision.Landmarks;

[Trait("Kind", "unit")]
public sealed class LandmarkPreprocessingTests
{
    [Fact]
    public void Fill_subtracts_the_mean_divides_by_255_and_writes_planes()
    {
        // 200x100 of (255, 0, 128): the square gets 50 zero rows on top, 50 below.
        var pixels = new byte[200 * 100 * 3];
        for (var i = 0; i < pixels.Length; i += 3)
        {
            (pixels[i], pixels[i + 1], pixels[i + 2]) = ((byte)255, (byte)0, (byte)128);
        }

        var chw = new float[LandmarkPreprocessing.ImageLength];
        LandmarkPreprocessing.Fill(new RgbImage(200, 100, pixels), new CropRect(0, 0, 200, 100), chw);

        const int plane = LandmarkPreprocessing.PlaneLength;
        var centre = 56 * 112 + 56;
        Assert.Equal((255 - 122.782f) / 255, chw[centre], 5);
        Assert.Equal((0 - 117.001f) / 255, chw[plane + centre], 5);
        Assert.Equal((128 - 104.298f) / 255, chw[2 * plane + centre], 5);
        Assert.Equal(-122.782f / 255, chw[0], 5);
        Assert.Equal(-104.298f / 255, chw[2 * plane + 111 * 112 + 111], 5);
    }

    [Fact]
    public void Decode_removes_the_padding_and_shifts_by_the_unfloored_box()
    {
        // Crop 50x100: s = 1.12, sw = 56, sh = 112, padX = 28.
        var output = new float[136];
        output[0] = 0.5f;
        output[1] = 0.25f;
        output[2] = 0.25f;
        output[3] = 1f;
        var box = new FaceBox(10.7f, 20.9f, 50.6f, 100.3f);

        var landmarks = LandmarkPreprocessing.Decode(output, new CropRect(10, 20, 50, 100), box);

        Assert.Equal(68, landmarks.Points.Count);
        Assert.Equal(10.7f + 25f, landmarks.Points[0].X, 4);
        Assert.Equal(20.9f + 25f, landmarks.Points[0].Y, 4);
        Assert.Equal(10.7f, landmarks.Points[1].X, 4);
        Assert.Equal(20.9f + 100f, landmarks.Points[1].Y, 4);
    }

    [Fact]
    public void Decode_of_a_wide_crop_pads_vertically()
    {
        // Crop 80x40: s = 1.4, sw = 112, sh = 56, padY = 28; y = 0.25 is the top edge of the crop.
        var output = new float[136];
        output[0] = 0.75f;
        output[1] = 0.25f;

        var landmarks = LandmarkPreprocessing.Decode(output, new CropRect(0, 0, 80, 40), new FaceBox(0.5f, 0.5f, 80, 40));

        Assert.Equal(60.5f, landmarks.Points[0].X, 4);
        Assert.Equal(0.5f, landmarks.Points[0].Y, 4);
    }
}
