using System.Security.Cryptography;
using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Engine.Vision.Models;

/// <summary>Locates a model's weight files and checks their SHA-256 before anything reads them.</summary>
public static class ModelFiles
{
    /// <summary>Returns the manifest path after verifying both files; throws <see cref="ModelWeightsException"/>.</summary>
    public static string Verify(FaceModel model, string weightsDirectory)
    {
        Check(Path.Combine(weightsDirectory, model.ManifestFile), model.ManifestSha256);
        Check(Path.Combine(weightsDirectory, model.BinFile), model.BinSha256);
        return Path.Combine(weightsDirectory, model.ManifestFile);
    }

    /// <summary>A hex SHA-256 of the model's two files, used as the conversion cache key.</summary>
    public static string Fingerprint(FaceModel model) => model.ManifestSha256[..16] + model.BinSha256[..16];

    private static void Check(string path, string expectedSha256)
    {
        if (!File.Exists(path))
        {
            throw new ModelWeightsException(
                $"Model weight file {path} is missing. Install the weights with: {ModelOptions.SetupCommand}.");
        }

        using var stream = File.OpenRead(path);
        var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        if (actual != expectedSha256)
        {
            throw new ModelWeightsException(
                $"Model weight file {path} has SHA-256 {actual}, expected {expectedSha256}: it is damaged or not @vladmandic/face-api@1.7.15. Reinstall with: {ModelOptions.SetupCommand}.");
        }
    }
}
