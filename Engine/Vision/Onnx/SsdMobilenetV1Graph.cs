using FaceClassifier.Engine.Vision.Models;
using Onnx;

namespace FaceClassifier.Engine.Vision.Onnx;

/// <summary>
/// Turns the face-api SSD MobileNet v1 weights into an ONNX graph: image [1,3,512,512] (already
/// normalised to [-1,1]) in; raw box encodings [1,5118,4], face scores [1,5118] and the stored
/// anchors [1,5118,4] out. Box decoding and NMS stay in C#, where only candidates above the
/// score threshold need decoding.
/// </summary>
internal static class SsdMobilenetV1Graph
{
    /// <summary>Bump whenever the emitted graph changes, so cached .onnx files are rebuilt.</summary>
    public const int ConverterVersion = 1;

    public const int InputSize = 512;
    public const int AnchorCount = 5118;
    public const string InputName = "image";
    public const string BoxEncodingsName = "box_encodings";
    public const string ScoresName = "scores";
    public const string AnchorsName = "anchors";

    private const float BatchNormEpsilon = 0.0010000000474974513f;

    // Depthwise strides of blocks 1..13; blocks 2, 4, 6 and 12 halve the map.
    private static readonly int[] BlockStrides = [1, 2, 1, 2, 1, 2, 1, 1, 1, 1, 1, 2, 1];

    public static ModelProto Build(IReadOnlyDictionary<string, WeightTensor> weights) => Build(weights, quantized: false);

    /// <summary>The net with its convolutions on 8-bit integers (see <see cref="SsdGraphWriter"/>).</summary>
    public static ModelProto BuildQuantized(IReadOnlyDictionary<string, WeightTensor> weights) => Build(weights, quantized: true);

    private static ModelProto Build(IReadOnlyDictionary<string, WeightTensor> weights, bool quantized)
    {
        var builder = new OnnxGraphBuilder("ssd_mobilenetv1");
        var x = builder.Input(InputName, 1, 3, InputSize, InputSize);
        var g = new SsdGraphWriter(builder, weights, x, quantized);
        var size = InputSize;

        (x, size) = g.ConvRelu6(x, size, "MobilenetV1/Conv2d_0_pointwise", stride: 2);
        var conv11 = (Map: x, Size: size);
        for (var i = 1; i <= BlockStrides.Length; i++)
        {
            (x, size) = g.DepthwiseBnRelu6(x, size, $"MobilenetV1/Conv2d_{i}_depthwise", BlockStrides[i - 1]);
            (x, size) = g.ConvRelu6(x, size, $"MobilenetV1/Conv2d_{i}_pointwise", stride: 1);
            if (i == 11)
            {
                conv11 = (x, size);
            }
        }

        var maps = new List<(string Map, int Size)> { conv11, (x, size) };
        for (var k = 0; k < 8; k++)
        {
            (x, size) = g.ConvRelu6(x, size, $"Prediction/Conv2d_{k}_pointwise", stride: k % 2 == 0 ? 1 : 2);
            if (k % 2 == 1)
            {
                maps.Add((x, size));
            }
        }

        var boxes = new List<string>();
        var scores = new List<string>();
        for (var j = 0; j < maps.Count; j++)
        {
            var (box, score) = g.Head(maps[j].Map, maps[j].Size, $"Prediction/BoxPredictor_{j}");
            boxes.Add(box);
            scores.Add(score);
        }

        var b = g.Builder;
        b.Output(b.Node("Concat", [.. boxes], attributes: OnnxGraphBuilder.Int("axis", 1)), BoxEncodingsName, 1, AnchorCount, 4);
        var logits = b.Node("Concat", [.. scores], attributes: OnnxGraphBuilder.Int("axis", 1));
        b.Output(b.Node("Sigmoid", [logits]), ScoresName, 1, AnchorCount);

        var anchors = g.Weight("Output/extra_dim");
        b.Output(b.Constant("anchor_values", anchors.Shape, anchors.Values), AnchorsName, 1, AnchorCount, 4);
        return b.Build($"ssd_mobilenetv1-v{ConverterVersion}");
    }

    /// <summary>Folds inference batch-norm into the depthwise filter and a bias.</summary>
    internal static (WeightTensor Filter, WeightTensor Bias) FoldBatchNorm(
        WeightTensor depthwise, WeightTensor gamma, WeightTensor beta, WeightTensor mean, WeightTensor variance)
    {
        var channels = gamma.ElementCount;
        var filter = new float[depthwise.ElementCount];
        var bias = new float[channels];
        var scale = new double[channels];
        for (var c = 0; c < channels; c++)
        {
            scale[c] = gamma.Values[c] / Math.Sqrt(variance.Values[c] + (double)BatchNormEpsilon);
            bias[c] = (float)(beta.Values[c] - mean.Values[c] * scale[c]);
        }

        // HWC1 layout: the channel is the fastest-moving index.
        for (var i = 0; i < filter.Length; i++)
        {
            filter[i] = (float)(depthwise.Values[i] * scale[i % channels]);
        }

        return (depthwise with { Values = filter }, new WeightTensor(depthwise.Name + "/folded_bias", [channels], bias));
    }
}
