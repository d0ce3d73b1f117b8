using FaceClassifier.Engine.Vision.Models;

namespace FaceClassifier.Tests.Testing;

/// <summary>Paths to the inputs the tests use: the face-api demo photos and the committed test data.</summary>
public static class TestAssets
{
    private static readonly Lazy<string> WeightsDir = new(ModelOptions.DefaultWeightsDirectory);

    /// <summary>The face-api <c>model/</c> folder installed by <c>npm ci --prefix models</c>.</summary>
    public static string WeightsDirectory => WeightsDir.Value;

    /// <summary>A photo from the npm package's <c>demo/</c> folder, e.g. "sample1.jpg".</summary>
    public static string DemoImage(string name) =>
        Path.GetFullPath(Path.Combine(WeightsDirectory, "..", "demo", name));

    /// <summary>The demo group photos sample1..sample6.</summary>
    public static IEnumerable<string> DemoImageNames => Enumerable.Range(1, 6).Select(i => $"sample{i}.jpg");

    /// <summary>A file under Tests/Data, copied next to the test assembly.</summary>
    public static string Data(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Data", .. parts]);

    /// <summary>Model options for tests; converted models are cached per converter version.</summary>
    public static ModelOptions TestModelOptions() => new()
    {
        WeightsDirectory = WeightsDirectory,
        CacheDirectory = Path.Combine(Path.GetTempPath(), "faceclassifier-onnx-tests"),
        IntraOpThreads = 1,
    };

    /// <summary>The checkout's root folder (the one holding FaceClassifier.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FaceClassifier.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No FaceClassifier.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>A fresh, empty temporary folder.</summary>
    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "faceclassifier-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
