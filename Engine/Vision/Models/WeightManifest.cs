using System.Text.Json;
using System.Text.Json.Serialization;
using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Engine.Vision.Models;

/// <summary>Reads a tfjs <c>*-weights_manifest.json</c> and its <c>.bin</c> files into float tensors.</summary>
public static class WeightManifest
{
    public static IReadOnlyDictionary<string, WeightTensor> Load(string manifestPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        var groups = JsonSerializer.Deserialize<ManifestGroup[]>(File.ReadAllBytes(manifestPath))
            ?? throw new ModelWeightsException($"Weights manifest {manifestPath} is empty.");
        var tensors = new Dictionary<string, WeightTensor>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var bytes = group.Paths.SelectMany(p => File.ReadAllBytes(Path.Combine(folder, p))).ToArray();
            var offset = 0;
            foreach (var entry in group.Weights)
            {
                var tensor = Decode(entry, bytes, ref offset);
                tensors.Add(tensor.Name, tensor);
            }

            if (offset != bytes.Length)
            {
                throw new ModelWeightsException($"Weights in {manifestPath} use {offset} bytes but the .bin files hold {bytes.Length}.");
            }
        }

        return tensors;
    }

    private static WeightTensor Decode(ManifestEntry entry, byte[] bytes, ref int offset)
    {
        var count = entry.Shape.Aggregate(1, (a, b) => checked(a * b));
        var values = new float[count];
        var q = entry.Quantization;
        var width = q is null ? 4 : q.Dtype switch
        {
            "uint8" => 1,
            _ => throw new ModelWeightsException($"Unsupported quantization {q.Dtype} for {entry.Name}."),
        };
        if (offset + count * width > bytes.Length)
        {
            throw new ModelWeightsException($"Weights file is too short for tensor {entry.Name}.");
        }

        for (var i = 0; i < count; i++)
        {
            values[i] = q is not null
                ? DequantizeUInt8(bytes[offset + i], q, entry.Dtype)
                : entry.Dtype switch
                {
                    "float32" => BitConverter.ToSingle(bytes, offset + i * 4),
                    "int32" => BitConverter.ToInt32(bytes, offset + i * 4),
                    _ => throw new ModelWeightsException($"Unsupported dtype {entry.Dtype} for {entry.Name}."),
                };
        }

        offset += count * width;
        return new WeightTensor(entry.Name, entry.Shape, values);
    }

    private static float DequantizeUInt8(byte q, Quantization quantization, string dtype)
    {
        var value = q * quantization.Scale + quantization.Min;
        return dtype == "int32" ? (float)Math.Round(value) : (float)value;
    }

    private sealed record ManifestGroup(
        [property: JsonPropertyName("paths")] string[] Paths,
        [property: JsonPropertyName("weights")] ManifestEntry[] Weights);

    private sealed record ManifestEntry(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("shape")] int[] Shape,
        [property: JsonPropertyName("dtype")] string Dtype,
        [property: JsonPropertyName("quantization")] Quantization? Quantization);

    private sealed record Quantization(
        [property: JsonPropertyName("dtype")] string Dtype,
        [property: JsonPropertyName("scale")] double Scale,
        [property: JsonPropertyName("min")] double Min);
}
