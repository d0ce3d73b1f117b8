using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Models;
using Onnx;

namespace FaceClassifier.Engine.Vision.Onnx;

/// <summary>
/// face-api's FaceRecognitionNet (its port of dlib's face ResNet) as an ONNX graph:
/// normalised [N,3,150,150] chips in, [N,128] descriptors out (not L2-normalised).
/// </summary>
internal static class FaceRecognitionNetGraph
{
    /// <summary>Bump whenever the graph below changes, so cached .onnx files are rebuilt.</summary>
    public const int ConverterVersion = 1;

    public const int InputSize = 150;
    public const int DescriptorLength = 128;
    public const string InputName = "chips";
    public const string OutputName = "descriptors";

    public static string GetOrConvert(ModelOptions options) =>
        OnnxModelCache.GetOrConvert(FaceModel.Recognition, ConverterVersion, options, Build);

    public static ModelProto Build(IReadOnlyDictionary<string, WeightTensor> weights)
    {
        var g = new OnnxGraphBuilder("face_recognition_net");
        var net = new FaceRecognitionNetLayers(g, weights);
        var x = new FeatureMap(g.Input(InputName, null, 3, InputSize, InputSize), InputSize, 3);

        x = net.Relu(net.ConvUnit(x, "conv32_down", stride: 2, same: false));
        x = net.MaxPool(x, kernel: 3, stride: 2);
        x = net.Residual(net.Residual(net.Residual(x, "conv32_1"), "conv32_2"), "conv32_3");
        x = net.ResidualDown(x, "conv64_down");
        x = net.Residual(net.Residual(net.Residual(x, "conv64_1"), "conv64_2"), "conv64_3");
        x = net.ResidualDown(x, "conv128_down");
        x = net.Residual(net.Residual(x, "conv128_1"), "conv128_2");
        x = net.ResidualDown(x, "conv256_down");
        x = net.Residual(net.Residual(x, "conv256_1"), "conv256_2");
        x = net.ResidualDown(x, "conv256_down_out");

        // Mean over the remaining 2x2 positions, then fc (no bias).
        var pooled = g.Node("GlobalAveragePool", [x.Name]);
        var flat = g.Node("Flatten", [pooled], attributes: OnnxGraphBuilder.Int("axis", 1));
        var fc = Weight(weights, "fc");
        var descriptors = g.Node("MatMul", [flat, g.Constant(fc.Name, fc.Shape, fc.Values)]);
        g.Output(descriptors, OutputName, null, DescriptorLength);
        return g.Build($"{FaceModel.Recognition.Name} converter v{ConverterVersion}");
    }

    internal static WeightTensor Weight(IReadOnlyDictionary<string, WeightTensor> weights, string name) =>
        weights.TryGetValue(name, out var tensor)
            ? tensor
            : throw new ModelWeightsException($"{FaceModel.Recognition.Name} has no weight tensor '{name}'.");

    /// <summary>A node's output with its square spatial size and channel count.</summary>
    internal readonly record struct FeatureMap(string Name, int Size, int Channels);
}
