using System.Text.Json;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Vision.Detection;

/// <summary>The detections faceref wrote into a committed JSON file under Tests/Data/faceref.</summary>
public sealed record FaceReference(string File, int Width, int Height, IReadOnlyList<DetectedFace> Faces)
{
    public static IReadOnlyList<FaceReference> Load(string jsonFile)
    {
        using var doc = JsonDocument.Parse(System.IO.File.ReadAllBytes(TestAssets.Data("faceref", jsonFile)));
        return doc.RootElement.GetProperty("images").EnumerateArray().Select(Image).ToList();
    }

    public static FaceReference Get(string jsonFile, string imageFile) => Load(jsonFile).Single(r => r.File == imageFile);

    private static FaceReference Image(JsonElement image) => new(
        image.GetProperty("file").GetString()!,
        image.GetProperty("width").GetInt32(),
        image.GetProperty("height").GetInt32(),
        image.GetProperty("faces").EnumerateArray().Select(Face).ToList());

    private static DetectedFace Face(JsonElement face)
    {
        var box = face.GetProperty("box");
        return new DetectedFace(
            new FaceBox(
                box.GetProperty("x").GetSingle(),
                box.GetProperty("y").GetSingle(),
                box.GetProperty("width").GetSingle(),
                box.GetProperty("height").GetSingle()),
            face.GetProperty("score").GetSingle());
    }
}
