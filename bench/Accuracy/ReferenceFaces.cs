using System.Text.Json;

namespace FaceClassifier.Bench.Accuracy;

/// <summary>
/// The reference's faces from a faceref JSON document (images[].file, faces[].box and descriptor), the largest box
/// chosen as for the engine. Files match by name without extension, so a WebP photo converted to PNG for faceref counts.
/// </summary>
internal sealed record ReferenceFaces(IReadOnlyDictionary<string, (int Faces, float[]? Descriptor)> ByStem)
{
    public static ReferenceFaces Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var byStem = new Dictionary<string, (int, float[]?)>(StringComparer.Ordinal);
        foreach (var image in document.RootElement.GetProperty("images").EnumerateArray())
        {
            var faces = image.TryGetProperty("faces", out var list) ? list.EnumerateArray().ToList() : [];
            var chosen = FaceChoice.Largest([.. faces.Select(f => Box(f.GetProperty("box")))]);
            var descriptor = chosen >= 0 ? faces[chosen].GetProperty("descriptor").EnumerateArray().Select(v => v.GetSingle()).ToArray() : null;
            byStem[Stem(image.GetProperty("file").GetString()!)] = (faces.Count, descriptor);
        }

        return new ReferenceFaces(byStem);
    }

    public (int Faces, float[]? Descriptor)? Of(string file) => ByStem.TryGetValue(Stem(file), out var found) ? found : null;

    private static string Stem(string file) => Path.GetFileNameWithoutExtension(file);

    private static Engine.Vision.Abstractions.FaceBox Box(JsonElement box) => new(
        box.GetProperty("x").GetSingle(), box.GetProperty("y").GetSingle(), box.GetProperty("width").GetSingle(), box.GetProperty("height").GetSingle());
}
