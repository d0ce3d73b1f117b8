using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace FaceClassifier.Tests.Testing;

/// <summary>
/// Keeps generated test media in the temp folder under a hash of the recipe and its inputs, so each
/// file is made once per machine; parallel tests and test processes share it safely.
/// </summary>
internal static class MediaCache
{
    // Bump when a recipe changes in a way its arguments do not show.
    private const string Version = "1";

    private static readonly ConcurrentDictionary<string, Lazy<string>> Made = new();

    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "faceclassifier-test-media");

    /// <summary>The cached file for this recipe; <paramref name="make"/> writes it to the path it is given.</summary>
    public static string GetOrMake(string name, string extension, string recipe, IEnumerable<string> inputs, Action<string> make)
    {
        var key = Key(recipe, inputs);
        var path = Path.Combine(Folder, $"{name}-{key}.{extension}");
        return Made.GetOrAdd(path, p => new Lazy<string>(() => Make(p, extension, make))).Value;
    }

    private static string Make(string path, string extension, Action<string> make)
    {
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(Folder);
        var temp = Path.Combine(Folder, $"{Guid.NewGuid():N}.tmp.{extension}");
        try
        {
            make(temp);
            // Another test process may have made the same file meanwhile; both are equivalent.
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }

        return path;
    }

    private static string Key(string recipe, IEnumerable<string> inputs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{Version}\n{recipe}\n"));
        foreach (var input in inputs)
        {
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(input)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
