using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Models;
using FaceClassifier.Engine.Vision.Onnx;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace FaceClassifier.Engine.Vision.Embedding;

/// <summary>
/// face-api's 128-d FaceRecognitionNet on ONNX Runtime. Descriptors are not L2-normalised and are
/// compared by Euclidean distance (same person below about 0.6). Thread-safe; one session per instance.
/// </summary>
public sealed class RecognitionNetEmbedder : IFaceEmbedder, IDisposable
{
    private static readonly string[] InputNames = [FaceRecognitionNetGraph.InputName];
    private static readonly string[] OutputNames = [FaceRecognitionNetGraph.OutputName];

    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private bool _disposed;

    public RecognitionNetEmbedder(IOptions<ModelOptions> options)
    {
        var path = FaceRecognitionNetGraph.GetOrConvert(options.Value);
        _session = OnnxSessionFactory.Create(path, options.Value);
    }

    public int Dimension => FaceRecognitionNetGraph.DescriptorLength;

    /// <summary>A 150x150 chip is used as is; any other size is padded to a centred square and resized.</summary>
    public float[] Embed(RgbImage chip)
    {
        ArgumentNullException.ThrowIfNull(chip);
        return Embed([chip])[0];
    }

    /// <summary>All chips in one session run.</summary>
    public IReadOnlyList<float[]> Embed(IReadOnlyList<RgbImage> chips)
    {
        ArgumentNullException.ThrowIfNull(chips);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (chips.Count == 0)
        {
            return [];
        }

        const int chipFloats = RecognitionNetPreprocessing.ChipFloats;
        var input = new float[chips.Count * chipFloats];
        for (var i = 0; i < chips.Count; i++)
        {
            RecognitionNetPreprocessing.Write(chips[i], input.AsSpan(i * chipFloats, chipFloats));
        }

        const int size = RecognitionNetPreprocessing.Size;
        using var tensor = OrtValue.CreateTensorValueFromMemory(input, [chips.Count, 3, size, size]);
        using var outputs = _session.Run(_runOptions, InputNames, [tensor], OutputNames);
        var flat = outputs[0].GetTensorDataAsSpan<float>();
        var descriptors = new float[chips.Count][];
        for (var i = 0; i < chips.Count; i++)
        {
            descriptors[i] = flat.Slice(i * Dimension, Dimension).ToArray();
        }

        return descriptors;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _session.Dispose();
        _runOptions.Dispose();
    }
}
