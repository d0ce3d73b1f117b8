using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Models;
using Onnx;

namespace FaceClassifier.Engine.Vision.Onnx;

/// <summary>
/// face-api's FaceLandmark68Net as an ONNX graph: four dense blocks of separable convs
/// (112 → 56 → 28 → 14 → 7), a 7x7 stride-2 average pool and a fully connected layer.
/// Input [N,3,112,112] already normalised as (v − mean)/255; output [N,136] = x0, y0, x1, y1, …
/// relative to the padded 112 square.
/// </summary>
internal static class Landmark68NetGraph
{
    public const int ConverterVersion = 1;
    public const int InputSize = 112;
    public const int OutputLength = 136;
    public const string InputName = "input";
    public const string OutputName = "landmarks";

    private static readonly int[] Channels = [32, 64, 128, 256];

    public static ModelProto Build(IReadOnlyDictionary<string, WeightTensor> weights)
    {
        var g = new OnnxGraphBuilder("face_landmark_68");
        var x = g.Input(InputName, null, 3, InputSize, InputSize);
        var size = InputSize;
        for (var block = 0; block < Channels.Length; block++)
        {
            (x, size) = DenseBlock(g, weights, $"dense{block}", x, size);
        }

        var pooled = g.Node(
            "AveragePool",
            [x],
            attributes: [OnnxGraphBuilder.Ints("kernel_shape", 7, 7), OnnxGraphBuilder.Ints("strides", 2, 2)]);
        var flat = g.Node("Flatten", [pooled], attributes: OnnxGraphBuilder.Int("axis", 1));
        var fc = Weight(weights, "fc/weights");
        var fcBias = Weight(weights, "fc/bias");
        var y = g.Node(
            "Gemm",
            [flat, g.Constant(fc.Name, fc.Shape, fc.Values), g.Constant(fcBias.Name, fcBias.Shape, fcBias.Values)]);
        g.Output(y, OutputName, null, OutputLength);
        return g.Build($"landmark68-v{ConverterVersion}");
    }

    /// <summary>o1 = relu(conv0); o2..o4 = sep of the running sum; out = relu(o1 + o2 + o3 + o4).</summary>
    private static (string Output, int Size) DenseBlock(
        OnnxGraphBuilder g, IReadOnlyDictionary<string, WeightTensor> weights, string prefix, string x, int size)
    {
        var (before, after, output) = TfPadding.Same(size, 3, 2);
        var strided = (before, before, after, after);
        var first = prefix == "dense0"
            ? g.Conv(x, Weight(weights, $"{prefix}/conv0/filters"), Weight(weights, $"{prefix}/conv0/bias"), 2, strided)
            : Separable(g, weights, $"{prefix}/conv0", x, 2, strided);
        var o1 = g.Relu(first);
        var o2 = Separable(g, weights, $"{prefix}/conv1", o1, 1, (1, 1, 1, 1));
        var sum12 = g.Add(o1, o2);
        var o3 = Separable(g, weights, $"{prefix}/conv2", g.Relu(sum12), 1, (1, 1, 1, 1));
        var sum123 = g.Add(sum12, o3);
        var o4 = Separable(g, weights, $"{prefix}/conv3", g.Relu(sum123), 1, (1, 1, 1, 1));
        return (g.Relu(g.Add(sum123, o4)), output);
    }

    /// <summary>Depthwise 3x3 (no bias) then pointwise 1x1 + bias, nothing in between.</summary>
    private static string Separable(
        OnnxGraphBuilder g, IReadOnlyDictionary<string, WeightTensor> weights, string prefix, string x, int stride,
        (int Top, int Left, int Bottom, int Right) pads)
    {
        var depthwise = g.DepthwiseConv(x, Weight(weights, $"{prefix}/depthwise_filter"), null, stride, pads);
        return g.Conv(depthwise, Weight(weights, $"{prefix}/pointwise_filter"), Weight(weights, $"{prefix}/bias"), 1, (0, 0, 0, 0));
    }

    private static WeightTensor Weight(IReadOnlyDictionary<string, WeightTensor> weights, string name) =>
        weights.TryGetValue(name, out var tensor)
            ? tensor
            : throw new ModelWeightsException($"The landmark model has no tensor {name}.");
}
