using System.Text.Json;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Vision.Landmarks;

/// <summary>One face of the committed faceref run (Tests/Data/faceref/demo-samples.json).</summary>
public sealed record ReferenceFace(
    string File,
    int ImageWidth,
    int ImageHeight,
    int Index,
    FaceBox Box,
    (int X, int Y, int Width, int Height) LandmarkInputBox,
    FaceLandmarks Landmarks,
    (int X, int Y, int Width, int Height) DescriptorAlignBox,
    (int X, int Y, int Width, int Height) DescriptorInputBox)
{
    public override string ToString() => $"{File}#{Index}";
}

/// <summary>Reads faceref output: the six demo photos, or another committed run.</summary>
public static class LandmarkReference
{
    private static readonly Lazy<IReadOnlyList<ReferenceFace>> Demo = new(() => Load("faceref", "demo-samples.json"));

    /// <summary>The 22 faces of the demo photos sample1..sample6.</summary>
    public static IReadOnlyList<ReferenceFace> Faces => Demo.Value;

    public static IEnumerable<ReferenceFace> FacesOf(string file) => Faces.Where(f => f.File == file);

    /// <summary>All faces of a faceref JSON under Tests/Data.</summary>
    public static IReadOnlyList<ReferenceFace> Load(params string[] dataPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(TestAssets.Data(dataPath)));
        var faces = new List<ReferenceFace>();
        foreach (var image in doc.RootElement.GetProperty("images").EnumerateArray())
        {
            var file = image.GetProperty("file").GetString()!;
            var width = image.GetProperty("width").GetInt32();
            var height = image.GetProperty("height").GetInt32();
            var index = 0;
            foreach (var face in image.GetProperty("faces").EnumerateArray())
            {
                var b = face.GetProperty("box");
                var points = face.GetProperty("landmarks").EnumerateArray()
                    .Select(p => new Point2(p[0].GetSingle(), p[1].GetSingle()))
                    .ToArray();
                faces.Add(new ReferenceFace(
                    file,
                    width,
                    height,
                    index++,
                    new FaceBox(F(b, "x"), F(b, "y"), F(b, "width"), F(b, "height")),
                    IntBox(face.GetProperty("landmarkInputBox")),
                    new FaceLandmarks(points),
                    IntBox(face.GetProperty("descriptorAlignBox")),
                    IntBox(face.GetProperty("descriptorInputBox"))));
            }
        }

        return faces;
    }

    private static float F(JsonElement e, string name) => e.GetProperty(name).GetSingle();

    private static (int, int, int, int) IntBox(JsonElement e) =>
        (e.GetProperty("x").GetInt32(), e.GetProperty("y").GetInt32(), e.GetProperty("width").GetInt32(), e.GetProperty("height").GetInt32());
}
