using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Landmarks;

namespace FaceClassifier.Tests.Engine.Vision.Landmarks;

[Trait("Kind", "unit")]
public sealed class FaceCropTests
{
    [Fact]
    public void Clips_to_the_image_then_floors()
    {
        var crop = FaceCrop.ClipAtImageBorders(new FaceBox(-5.5f, 10.7f, 30f, 20.2f), 20, 25);

        // x' = 0, w' = min(24.5, 20); y' = 10.7, h' = min(20.2, 14.3); all floored.
        Assert.Equal(new CropRect(0, 10, 20, 14), crop);
    }

    [Fact]
    public void A_box_inside_the_image_is_only_floored()
    {
        Assert.Equal(new CropRect(3, 4, 10, 11), FaceCrop.ClipAtImageBorders(new FaceBox(3.9f, 4.2f, 10.9f, 11.5f), 100, 100));
    }

    [Fact]
    public void A_box_beyond_the_image_gives_an_empty_crop()
    {
        Assert.True(FaceCrop.ClipAtImageBorders(new FaceBox(70, 10, 20, 20), 64, 48).IsEmpty);
    }

    [Fact]
    public void Crops_equal_the_reference_landmark_input_boxes()
    {
        var faces = LandmarkReference.Faces.Concat(LandmarkReference.Load("landmarks", "png-crops.json")).ToArray();

        Assert.Equal(24, faces.Length);
        Assert.Contains(faces, f => f.Box.Bottom > f.ImageHeight);
        foreach (var face in faces)
        {
            var crop = FaceCrop.ClipAtImageBorders(face.Box, face.ImageWidth, face.ImageHeight);
            Assert.Equal(face.LandmarkInputBox, (crop.X, crop.Y, crop.Width, crop.Height));
        }
    }
}
