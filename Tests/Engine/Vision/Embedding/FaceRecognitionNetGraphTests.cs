using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Models;
using FaceClassifier.Engine.Vision.Onnx;
using FaceClassifier.Tests.Testing;
using Microsoft.ML.OnnxRuntime;

namespace FaceClassifier.Tests.Engine.Vision.Embedding;

/// <summary>The converted recognition graph: shapes, layer count and weight checks.</summary>
[Trait("Kind", "unit")]
public sealed class FaceRecognitionNetGraphTests
{
    private static IReadOnlyDictionary<string, WeightTensor> Weights() =>
        WeightManifest.Load(ModelFiles.Verify(FaceModel.Recognition, TestAssets.WeightsDirectory));

    [Fact]
    public void Graph_has_a_dynamic_batch_in_and_128_floats_out()
    {
        var path = FaceRecognitionNetGraph.GetOrConvert(TestAssets.TestModelOptions());
        using var session = new InferenceSession(path);

        var input = Assert.Single(session.InputMetadata);
        var outputMeta = Assert.Single(session.OutputMetadata);
        Assert.Equal("chips", input.Key);
        Assert.Equal([-1, 3, 150, 150], input.Value.Dimensions);
        Assert.Equal("descriptors", outputMeta.Key);
        Assert.Equal([-1, 128], outputMeta.Value.Dimensions);
        Assert.EndsWith($"-v{FaceRecognitionNetGraph.ConverterVersion}.onnx", path);
    }

    [Fact]
    public void Graph_has_the_29_convs_one_max_pool_and_four_down_shortcuts()
    {
        var graph = FaceRecognitionNetGraph.Build(Weights()).Graph;

        int Count(string op) => graph.Node.Count(n => n.OpType == op);
        Assert.Equal(29, Count("Conv"));
        Assert.Equal(1, Count("MaxPool"));
        Assert.Equal(4, Count("AveragePool"));
        // conv256_down and conv256_down_out pad the conv branch; the first three downs pad channels.
        Assert.Equal(5, Count("Pad"));
        Assert.Equal(1, Count("MatMul"));
    }

    [Fact]
    public void A_missing_weight_is_reported_by_name()
    {
        var weights = Weights().Where(w => w.Key != "conv128_1/conv2/scale/weights").ToDictionary();

        var error = Assert.Throws<ModelWeightsException>(() => FaceRecognitionNetGraph.Build(weights));

        Assert.Contains("conv128_1/conv2/scale/weights", error.Message);
    }
}
