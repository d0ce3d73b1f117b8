using FaceClassifier.Engine.Vision.Models;
using Google.Protobuf;
using Onnx;

namespace FaceClassifier.Engine.Vision.Onnx;

/// <summary>
/// Converts a face-api model to ONNX once and keeps the .onnx file, keyed by the weights'
/// SHA-256, the converter version and the variant (such as 8-bit), so later starts only load it.
/// </summary>
internal static class OnnxModelCache
{
    public static string GetOrConvert(
        FaceModel model,
        int converterVersion,
        ModelOptions options,
        Func<IReadOnlyDictionary<string, WeightTensor>, ModelProto> convert,
        string? variant = null)
    {
        var manifest = ModelFiles.Verify(model, options.WeightsDirectory);
        var suffix = variant is null ? string.Empty : $"-{variant}";
        var path = Path.Combine(options.CacheDirectory, $"{model.Name}-{ModelFiles.Fingerprint(model)}-v{converterVersion}{suffix}.onnx");
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(options.CacheDirectory);
        var proto = convert(WeightManifest.Load(manifest));
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var file = File.Create(temp))
        {
            proto.WriteTo(file);
        }

        // Another process may have finished the same conversion first; both files are identical.
        File.Move(temp, path, overwrite: true);
        return path;
    }
}
