using System.Globalization;
using System.Text.Json;
using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Tests.Testing;

/// <summary>The independent face-api run (Tests/Data/videos/regenerate.sh) agrees with the documented timelines.</summary>
[Trait("Kind", "unit")]
public sealed class TestVideoReferenceTests
{
    [Fact]
    public void The_reference_finds_the_face_exactly_while_it_is_in_view()
    {
        var images = Images("face-in-out.json");

        Assert.Equal(12, images.Count);
        foreach (var (time, faces) in images)
        {
            var inView = time >= FaceInOut.InViewFrom && time <= FaceInOut.InViewUntil;
            Assert.Equal(inView ? 1 : 0, faces.Count);
            foreach (var face in faces)
            {
                Assert.True(face.IoU(FaceInOut.ReferenceFaceBox) > 0.97f, $"at {time}: {face}");
                Assert.True(face.X >= FaceInOut.BoxWhileInView.X && face.Right <= FaceInOut.BoxWhileInView.Right);
            }
        }
    }

    [Fact]
    public void The_reference_finds_no_face_in_the_no_face_video()
    {
        var images = Images("no-faces.json");

        Assert.Equal(8, images.Count);
        Assert.All(images, i => Assert.Empty(i.Faces));
    }

    private static List<(TimeSpan Time, List<FaceBox> Faces)> Images(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestAssets.Data("videos", file)));
        return json.RootElement.GetProperty("images").EnumerateArray()
            .Select(image =>
            {
                // Files are named "<video>_t<seconds>.png".
                var name = Path.GetFileNameWithoutExtension(image.GetProperty("file").GetString()!);
                var seconds = double.Parse(name[(name.LastIndexOf("_t", StringComparison.Ordinal) + 2)..], CultureInfo.InvariantCulture);
                var faces = image.GetProperty("faces").EnumerateArray().Select(f => Box(f.GetProperty("box"))).ToList();
                return (TimeSpan.FromSeconds(seconds), faces);
            })
            .ToList();
    }

    private static FaceBox Box(JsonElement box) => box.ValueKind == JsonValueKind.Array
        ? new FaceBox(box[0].GetSingle(), box[1].GetSingle(), box[2].GetSingle(), box[3].GetSingle())
        : new FaceBox(box.GetProperty("x").GetSingle(), box.GetProperty("y").GetSingle(), box.GetProperty("width").GetSingle(), box.GetProperty("height").GetSingle());
}
