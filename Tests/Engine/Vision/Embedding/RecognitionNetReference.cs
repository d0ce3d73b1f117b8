using System.Text.Json;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Vision.Embedding;

/// <summary>
/// The chips and faceref descriptors in Tests/Data/faceref/chips (made by regenerate.sh there):
/// eight face-api 150x150 net inputs from the six demo photos, and three non-square crops.
/// </summary>
internal static class RecognitionNetReference
{
    private static readonly Lazy<IReadOnlyDictionary<string, double[]>> Reference = new(Load);

    /// <summary>Descriptors by file name, e.g. "sample1_face2_150.png".</summary>
    public static IReadOnlyDictionary<string, double[]> Descriptors => Reference.Value;

    public static IEnumerable<string> FaceChips => Descriptors.Keys.Where(k => k.EndsWith("_150.png", StringComparison.Ordinal)).Order();

    public static IEnumerable<string> NonSquareCrops => Descriptors.Keys.Where(k => k.StartsWith("rect_", StringComparison.Ordinal)).Order();

    public static TheoryData<string> FaceChipData => new(FaceChips);

    public static TheoryData<string> NonSquareCropData => new(NonSquareCrops);

    public static RgbImage Load(string file) => TestImages.LoadRgb(TestAssets.Data("faceref", "chips", file));

    public static double Distance(IReadOnlyList<float> a, IReadOnlyList<double> b)
    {
        Assert.Equal(b.Count, a.Count);
        var sum = 0.0;
        for (var i = 0; i < a.Count; i++)
        {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }

        return Math.Sqrt(sum);
    }

    public static double Distance(float[] a, float[] b) => Distance(a, Array.ConvertAll(b, v => (double)v));

    private static IReadOnlyDictionary<string, double[]> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(TestAssets.Data("faceref", "chips", "descriptors.json")));
        return json.RootElement.GetProperty("images").EnumerateArray().ToDictionary(
            image => Path.GetFileName(image.GetProperty("file").GetString()!),
            image => image.GetProperty("descriptor").EnumerateArray().Select(v => v.GetDouble()).ToArray());
    }
}
