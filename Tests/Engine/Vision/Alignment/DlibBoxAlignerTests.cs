using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Alignment;
using FaceClassifier.Engine.Vision.Landmarks;
using FaceClassifier.Tests.Testing;
using FaceClassifier.Tests.Engine.Vision.Landmarks;

namespace FaceClassifier.Tests.Engine.Vision.Alignment;

[Trait("Kind", "unit")]
public sealed class DlibBoxAlignerTests
{
    private static IReadOnlyList<ReferenceFace> AllFaces =>
        [.. LandmarkReference.Faces, .. LandmarkReference.Load("landmarks", "png-crops.json")];

    [Fact]
    public void Align_and_input_boxes_equal_the_reference_for_every_face()
    {
        Assert.Equal(24, AllFaces.Count);
        foreach (var face in AllFaces)
        {
            var align = DlibBoxAligner.AlignBox(face.Landmarks, face.LandmarkInputBox.Width, face.LandmarkInputBox.Height);
            var input = DlibBoxAligner.InputBox(align, face.ImageWidth, face.ImageHeight);

            Assert.Equal(face.DescriptorAlignBox, (align.X, align.Y, align.Width, align.Height));
            Assert.Equal(face.DescriptorInputBox, (input.X, input.Y, input.Width, input.Height));
        }
    }

    [Fact]
    public void The_height_quirk_of_FaceApi_is_reproduced()
    {
        // sample6-crop: size 260 but height min(260, landmark crop 232 + y 24) = 256, then clipped to 226.
        var face = LandmarkReference.Load("landmarks", "png-crops.json").Single(f => f.File == "sample6-crop.png");

        var align = DlibBoxAligner.AlignBox(face.Landmarks, face.LandmarkInputBox.Width, face.LandmarkInputBox.Height);

        Assert.Equal(new CropRect(69, 24, 260, 256), align);
        Assert.Equal(new CropRect(69, 24, 260, 226), DlibBoxAligner.InputBox(align, face.ImageWidth, face.ImageHeight));
    }

    [Theory]
    [InlineData("sample2-crop.png")]
    [InlineData("sample6-crop.png")]
    public void Chip_equals_the_reference_recognition_input_pixel_for_pixel(string file)
    {
        var face = LandmarkReference.Load("landmarks", "png-crops.json").Single(f => f.File == file);
        var image = TestImages.LoadRgb(TestAssets.Data("landmarks", file));
        var expected = TestImages.LoadRgb(TestAssets.Data("landmarks", Path.GetFileNameWithoutExtension(file) + "_face0_150.png"));

        var chip = new DlibBoxAligner().Align(image, face.Landmarks, face.Box);

        Assert.Equal(150, chip.Width);
        Assert.Equal(150, chip.Height);
        var maxDiff = chip.Pixels.Zip(expected.Pixels, (a, b) => Math.Abs(a - b)).Max();
        Assert.Equal(0, maxDiff);
    }
}
