namespace FaceClassifier.Tests.Browser.Support;

/// <summary>Where browser tests leave what a person would look at: artifacts/screenshots under the repository root.</summary>
internal static class Artifacts
{
    private static readonly Lazy<string> Screenshots = new(() =>
    {
        var dir = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        return dir;
    });

    public static string Screenshot(string name) => Path.Combine(Screenshots.Value, $"{name}.png");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FaceClassifier.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
