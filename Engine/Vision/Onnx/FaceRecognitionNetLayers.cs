using FaceClassifier.Engine.Vision.Models;
using FeatureMap = FaceClassifier.Engine.Vision.Onnx.FaceRecognitionNetGraph.FeatureMap;
using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Engine.Vision.Onnx;

/// <summary>
/// The building blocks of face-api's recognition ResNet (NOTES.md §1), emitted as ONNX nodes
/// with every TF SAME/VALID padding turned into explicit pads.
/// </summary>
internal sealed class FaceRecognitionNetLayers(OnnxGraphBuilder g, IReadOnlyDictionary<string, WeightTensor> weights)
{
    /// <summary>conv + bias, then the per-channel scale (a folded batch-norm) folded into the conv.</summary>
    public FeatureMap ConvUnit(FeatureMap x, string layer, int stride, bool same)
    {
        var filters = Weight($"{layer}/conv/filters");
        var convBias = Weight($"{layer}/conv/bias").Values;
        var scale = Weight($"{layer}/scale/weights").Values;
        var shift = Weight($"{layer}/scale/biases").Values;
        var (kernel, inChannels, outChannels) = (filters.Shape[0], filters.Shape[2], filters.Shape[3]);
        if (inChannels != x.Channels)
        {
            throw new ModelWeightsException($"{layer} expects {inChannels} input channels but gets {x.Channels}.");
        }

        // HWIO: the output channel is the fastest-moving index.
        var folded = new float[filters.ElementCount];
        for (var i = 0; i < folded.Length; i++)
        {
            folded[i] = filters.Values[i] * scale[i % outChannels];
        }

        var bias = new float[outChannels];
        for (var o = 0; o < outChannels; o++)
        {
            bias[o] = convBias[o] * scale[o] + shift[o];
        }

        var (before, after, size) = same
            ? TfPadding.Same(x.Size, kernel, stride)
            : (0, 0, TfPadding.ValidOutput(x.Size, kernel, stride));
        var name = g.Conv(
            x.Name,
            filters with { Values = folded },
            new WeightTensor($"{layer}/folded_bias", [outChannels], bias),
            stride,
            (before, before, after, after));
        return new FeatureMap(name, size, outChannels);
    }

    public FeatureMap Relu(FeatureMap x) => x with { Name = g.Relu(x.Name) };

    public FeatureMap Residual(FeatureMap x, string block)
    {
        var a = Relu(ConvUnit(x, $"{block}/conv1", stride: 1, same: true));
        var b = ConvUnit(a, $"{block}/conv2", stride: 1, same: true);
        return Relu(b with { Name = g.Add(b.Name, x.Name) });
    }

    /// <summary>Stride-2 block whose shortcut is a 2x2 average pool, zero-padded to the conv branch's shape.</summary>
    public FeatureMap ResidualDown(FeatureMap x, string block)
    {
        var a = Relu(ConvUnit(x, $"{block}/conv1", stride: 2, same: false));
        var b = ConvUnit(a, $"{block}/conv2", stride: 1, same: true);
        var shortcut = AveragePool(x, kernel: 2, stride: 2);
        if (b.Size < shortcut.Size)
        {
            // face-api always appends exactly one zero row (bottom) and column (right).
            if (shortcut.Size - b.Size != 1)
            {
                throw new ModelWeightsException($"{block}: conv branch {b.Size} is not one smaller than the shortcut {shortcut.Size}.");
            }

            b = ZeroPadAfter(b, channels: 0, spatial: 1);
        }

        if (shortcut.Channels < b.Channels)
        {
            shortcut = ZeroPadAfter(shortcut, channels: b.Channels - shortcut.Channels, spatial: 0);
        }

        return Relu(b with { Name = g.Add(shortcut.Name, b.Name) });
    }

    public FeatureMap MaxPool(FeatureMap x, int kernel, int stride) => Pool("MaxPool", x, kernel, stride);

    public FeatureMap AveragePool(FeatureMap x, int kernel, int stride) => Pool("AveragePool", x, kernel, stride);

    private FeatureMap Pool(string op, FeatureMap x, int kernel, int stride)
    {
        var name = g.Node(
            op,
            [x.Name],
            attributes:
            [
                OnnxGraphBuilder.Ints("kernel_shape", kernel, kernel),
                OnnxGraphBuilder.Ints("strides", stride, stride),
                OnnxGraphBuilder.Ints("pads", 0, 0, 0, 0),
            ]);
        return x with { Name = name, Size = TfPadding.ValidOutput(x.Size, kernel, stride) };
    }

    /// <summary>Appends zero channels after the existing ones and zero rows/columns at the bottom/right.</summary>
    private FeatureMap ZeroPadAfter(FeatureMap x, int channels, int spatial)
    {
        var pads = g.Int64Constant($"{x.Name}_pads", 0, 0, 0, 0, 0, channels, spatial, spatial);
        return new FeatureMap(g.Node("Pad", [x.Name, pads]), x.Size + spatial, x.Channels + channels);
    }

    private WeightTensor Weight(string name) => FaceRecognitionNetGraph.Weight(weights, name);
}
