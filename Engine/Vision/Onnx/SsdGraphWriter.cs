using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Models;

namespace FaceClassifier.Engine.Vision.Onnx;

/// <summary>
/// The SSD MobileNet v1 layer kinds on top of <see cref="OnnxGraphBuilder"/>, with TF SAME padding made explicit. When
/// <paramref name="quantized"/>, every convolution but the box predictors' runs on 8-bit integers: its weights rounded to
/// int8 per output channel, its input to uint8 over the image's [-1, 1] or over ReLU6's [0, 6], which also makes the
/// ReLU6 free. No calibration is needed: over 73 photos, 33 of the 35 ReLU6 activations reach 6 (the other two reach
/// 5.2 and 4.7).
/// </summary>
internal sealed class SsdGraphWriter(OnnxGraphBuilder builder, IReadOnlyDictionary<string, WeightTensor> weights, string image, bool quantized)
{
    private const float ImageScale = 2f / 255;
    private const byte ImageZeroPoint = 128;
    private const float Relu6Scale = 6f / 255;

    private readonly Dictionary<string, (string Value, float Scale)> _activations = [];
    private string? _zero;
    private string? _six;

    public OnnxGraphBuilder Builder => builder;

    public WeightTensor Weight(string name) =>
        weights.TryGetValue(name, out var tensor)
            ? tensor
            : throw new ModelWeightsException($"SSD MobileNet v1 weight {name} is missing from the manifest.");

    /// <summary>conv (1x1 or 3x3, SAME) + convolution_bn_offset + ReLU6.</summary>
    public (string Value, int Size) ConvRelu6(string x, int size, string prefix, int stride)
    {
        var filter = Weight($"{prefix}/weights");
        var bias = Weight($"{prefix}/convolution_bn_offset");
        var (pads, output) = Same(size, filter.Shape[0], stride);
        var (input, scale) = Activation(x);
        var y = !quantized
            ? builder.Conv(input, filter, bias, stride, pads)
            : builder.QuantizedConv(input, scale, filter, bias, stride, pads);
        return (Relu6(y), output);
    }

    /// <summary>depthwise 3x3 (SAME) + batch-norm (folded into the filter) + ReLU6.</summary>
    public (string Value, int Size) DepthwiseBnRelu6(string x, int size, string prefix, int stride)
    {
        var (filter, bias) = SsdMobilenetV1Graph.FoldBatchNorm(
            Weight($"{prefix}/depthwise_weights"),
            Weight($"{prefix}/BatchNorm/gamma"),
            Weight($"{prefix}/BatchNorm/beta"),
            Weight($"{prefix}/BatchNorm/moving_mean"),
            Weight($"{prefix}/BatchNorm/moving_variance"));
        var (pads, output) = Same(size, filter.Shape[0], stride);
        var (input, scale) = Activation(x);
        var y = !quantized
            ? builder.DepthwiseConv(input, filter, bias, stride, pads)
            : builder.QuantizedDepthwiseConv(input, scale, filter, bias, stride, pads);
        return (Relu6(y), output);
    }

    /// <summary>
    /// One box predictor: box encodings flattened to [1, size*size*A, 4] and face logits (class
    /// column 1 only) to [1, size*size*A]. The NCHW conv output goes back to NHWC before the
    /// reshape, so rows run (y, x, anchor) like TF's.
    /// </summary>
    public (string Boxes, string FaceLogits) Head(string map, int size, string prefix)
    {
        map = Activation(map).Value;
        var boxFilter = Weight($"{prefix}/BoxEncodingPredictor/weights");
        var anchors = boxFilter.Shape[3] / 4;
        var boxes = builder.Conv(map, boxFilter, Weight($"{prefix}/BoxEncodingPredictor/biases"), 1, (0, 0, 0, 0));
        var boxRows = Flatten(boxes, prefix + "/box_shape", -1, 4);

        var (classFilter, classBias) = FaceColumn(
            Weight($"{prefix}/ClassPredictor/weights"), Weight($"{prefix}/ClassPredictor/biases"), anchors);
        var logits = builder.Conv(map, classFilter, classBias, 1, (0, 0, 0, 0));
        return (boxRows, Flatten(logits, prefix + "/score_shape", size * size * anchors));
    }

    /// <summary>Keeps output channel a*3+1 (the face class) of a [1,1,C,3A] class predictor.</summary>
    private static (WeightTensor Filter, WeightTensor Bias) FaceColumn(WeightTensor filter, WeightTensor bias, int anchors)
    {
        var inputs = filter.Shape[2];
        var columns = filter.Shape[3];
        var values = new float[inputs * anchors];
        for (var i = 0; i < inputs; i++)
        {
            for (var a = 0; a < anchors; a++)
            {
                values[i * anchors + a] = filter.Values[i * columns + a * 3 + 1];
            }
        }

        var biases = Enumerable.Range(0, anchors).Select(a => bias.Values[a * 3 + 1]).ToArray();
        return (
            new WeightTensor(filter.Name + "/face", [1, 1, inputs, anchors], values),
            new WeightTensor(bias.Name + "/face", [anchors], biases));
    }

    private string Flatten(string nchw, string shapeName, params long[] shape)
    {
        var nhwc = builder.Node("Transpose", [nchw], attributes: OnnxGraphBuilder.Ints("perm", 0, 2, 3, 1));
        return builder.Node("Reshape", [nhwc, builder.Int64Constant(shapeName, [1, .. shape])]);
    }

    /// <summary>
    /// The activation as the convolutions read it: rounded to its uint8 grid when quantized, once however many read it.
    /// </summary>
    private (string Value, float Scale) Activation(string x)
    {
        if (_activations.TryGetValue(x, out var activation))
        {
            return activation;
        }

        activation = !quantized
            ? (x, 0f)
            : x == image
                ? (builder.QuantizeDequantize(x, ImageScale, ImageZeroPoint), ImageScale)
                : (builder.QuantizeDequantize(x, Relu6Scale, 0), Relu6Scale);
        _activations[x] = activation;
        return activation;
    }

    private string Relu6(string x)
    {
        _zero ??= builder.Constant("relu6_min", [], [0f]);
        _six ??= builder.Constant("relu6_max", [], [6f]);
        return builder.Node("Clip", [x, _zero, _six]);
    }

    private static ((int, int, int, int) Pads, int Output) Same(int size, int kernel, int stride)
    {
        var (before, after, output) = TfPadding.Same(size, kernel, stride);
        return ((before, before, after, after), output);
    }
}
