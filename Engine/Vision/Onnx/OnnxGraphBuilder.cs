using System.Runtime.InteropServices;
using FaceClassifier.Engine.Vision.Models;
using Google.Protobuf;
using Onnx;

namespace FaceClassifier.Engine.Vision.Onnx;

/// <summary>
/// Builds an NCHW float32 ONNX graph node by node with OnnxSharp's protobuf classes.
/// Conv weights arrive in the tfjs layout (HWIO, depthwise HWC1) and are transposed to OIHW here.
/// </summary>
internal sealed class OnnxGraphBuilder(string graphName)
{
    public const long OpsetVersion = 17;
    private const string MicrosoftDomain = "com.microsoft";

    private readonly GraphProto _graph = new() { Name = graphName };
    private int _counter;

    public string Input(string name, params long?[] dims)
    {
        _graph.Input.Add(ValueInfo(name, dims));
        return name;
    }

    public void Output(string value, string name, params long?[] dims)
    {
        Node("Identity", [value], name);
        _graph.Output.Add(ValueInfo(name, dims));
    }

    /// <summary>
    /// An input whose dimensions are all symbolic, each named (equal names tell ONNX Runtime they are equal); no names
    /// makes a scalar.
    /// </summary>
    public string SymbolicInput(string name, TensorProto.Types.DataType type, params string[] dimNames)
    {
        _graph.Input.Add(ValueInfo(name, dimNames.Select(d => new TensorShapeProto.Types.Dimension { DimParam = d }), type));
        return name;
    }

    /// <summary>Declares a float node output as a graph output with named symbolic dimensions, without an Identity copy.</summary>
    public void SymbolicOutput(string name, params string[] dimNames) =>
        _graph.Output.Add(ValueInfo(name, dimNames.Select(d => new TensorShapeProto.Types.Dimension { DimParam = d })));

    public string Constant(string name, int[] dims, float[] values)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float };
        tensor.Dims.AddRange(dims.Select(d => (long)d));
        tensor.RawData = ByteString.CopyFrom(MemoryMarshal.AsBytes(values.AsSpan()));
        _graph.Initializer.Add(tensor);
        return name;
    }

    public string Int64Constant(string name, params long[] values)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Int64 };
        tensor.Dims.Add(values.Length);
        tensor.Int64Data.AddRange(values);
        _graph.Initializer.Add(tensor);
        return name;
    }

    /// <summary>A per-channel vector shaped [1,C,1,1] so it broadcasts over NCHW.</summary>
    public string ChannelVector(WeightTensor vector) => Constant(vector.Name, [1, vector.ElementCount, 1, 1], vector.Values);

    /// <summary>Full convolution from an HWIO filter; pads are (top, left, bottom, right).</summary>
    public string Conv(string x, WeightTensor hwio, WeightTensor? bias, int stride, (int Top, int Left, int Bottom, int Right) pads)
    {
        var (co, ci, kh, kw) = OihwShape(hwio);
        var weights = Constant(hwio.Name, [co, ci, kh, kw], ToOihw(hwio));
        return ConvNode(x, weights, bias is null ? null : Constant(bias.Name, [bias.ElementCount], bias.Values), stride, pads, group: 1, kh, kw);
    }

    /// <summary>Depthwise convolution from a [kh,kw,C,1] filter.</summary>
    public string DepthwiseConv(string x, WeightTensor hwc1, WeightTensor? bias, int stride, (int Top, int Left, int Bottom, int Right) pads)
    {
        var (kh, kw, c) = (hwc1.Shape[0], hwc1.Shape[1], hwc1.Shape[2]);
        var weights = Constant(hwc1.Name, [c, 1, kh, kw], ToC1hw(hwc1));
        return ConvNode(x, weights, bias is null ? null : Constant(bias.Name, [bias.ElementCount], bias.Values), stride, pads, group: c, kh, kw);
    }

    /// <summary>
    /// Rounds <paramref name="x"/> to the uint8 grid of <paramref name="scale"/> and <paramref name="zeroPoint"/> and
    /// back (QuantizeLinear, DequantizeLinear): ONNX Runtime runs a convolution between such a pair on 8-bit integers.
    /// </summary>
    public string QuantizeDequantize(string x, float scale, byte zeroPoint)
    {
        var s = Constant($"q_scale_{_counter++}", [], [scale]);
        var z = Typed($"q_zero_{_counter++}", TensorProto.Types.DataType.Uint8, [], [zeroPoint]);
        var q = Node("QuantizeLinear", [x, s, z]);
        return Node("DequantizeLinear", [q, s, z]);
    }

    /// <summary>
    /// <see cref="Conv"/> on an input quantized with <paramref name="inputScale"/>: int8 weights, symmetric per output
    /// channel, and int32 bias, each dequantized, so ONNX Runtime fuses them into an 8-bit convolution.
    /// </summary>
    public string QuantizedConv(string x, float inputScale, WeightTensor hwio, WeightTensor bias, int stride, (int Top, int Left, int Bottom, int Right) pads)
    {
        var (co, ci, kh, kw) = OihwShape(hwio);
        var (weights, biasValue) = QuantizedWeights(hwio.Name, [co, ci, kh, kw], ToOihw(hwio), bias, inputScale);
        return ConvNode(x, weights, biasValue, stride, pads, group: 1, kh, kw);
    }

    /// <summary><see cref="DepthwiseConv"/> with the weights and bias of <see cref="QuantizedConv"/>.</summary>
    public string QuantizedDepthwiseConv(string x, float inputScale, WeightTensor hwc1, WeightTensor bias, int stride, (int Top, int Left, int Bottom, int Right) pads)
    {
        var (kh, kw, c) = (hwc1.Shape[0], hwc1.Shape[1], hwc1.Shape[2]);
        var (weights, biasValue) = QuantizedWeights(hwc1.Name, [c, 1, kh, kw], ToC1hw(hwc1), bias, inputScale);
        return ConvNode(x, weights, biasValue, stride, pads, group: c, kh, kw);
    }

    public string Node(string op, string[] inputs, string? output = null, params AttributeProto[] attributes) =>
        Node(string.Empty, op, inputs, output, attributes);

    /// <summary>A node of ONNX Runtime's own operators (the com.microsoft domain, which CPU builds include).</summary>
    public string MicrosoftNode(string op, string[] inputs, string? output = null, params AttributeProto[] attributes) =>
        Node(MicrosoftDomain, op, inputs, output, attributes);

    private string Node(string domain, string op, string[] inputs, string? output, AttributeProto[] attributes)
    {
        output ??= $"{op.ToLowerInvariant()}_{_counter++}";
        var node = new NodeProto { OpType = op, Name = output, Domain = domain };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        node.Attribute.AddRange(attributes);
        _graph.Node.Add(node);
        return output;
    }

    public string Relu(string x) => Node("Relu", [x]);

    public string Add(string a, string b) => Node("Add", [a, b]);

    public string Mul(string a, string b) => Node("Mul", [a, b]);

    public static AttributeProto Ints(string name, params long[] values)
    {
        var a = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
        a.Ints.AddRange(values);
        return a;
    }

    public static AttributeProto Int(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    public static AttributeProto Float(string name, float value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Float, F = value };

    public ModelProto Build(string producerVersion)
    {
        var model = new ModelProto
        {
            IrVersion = 8,
            ProducerName = "FaceClassifier.Vision",
            ProducerVersion = producerVersion,
            Graph = _graph,
        };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = OpsetVersion });
        if (_graph.Node.Any(n => n.Domain == MicrosoftDomain))
        {
            model.OpsetImport.Add(new OperatorSetIdProto { Domain = MicrosoftDomain, Version = 1 });
        }

        return model;
    }

    private string ConvNode(string x, string weights, string? bias, int stride, (int Top, int Left, int Bottom, int Right) pads, int group, int kh, int kw)
    {
        string[] inputs = bias is null ? [x, weights] : [x, weights, bias];
        return Node(
            "Conv",
            inputs,
            attributes:
            [
                Ints("kernel_shape", kh, kw),
                Ints("strides", stride, stride),
                Ints("pads", pads.Top, pads.Left, pads.Bottom, pads.Right),
                Int("group", group),
            ]);
    }

    private static (int Co, int Ci, int Kh, int Kw) OihwShape(WeightTensor hwio) => (hwio.Shape[3], hwio.Shape[2], hwio.Shape[0], hwio.Shape[1]);

    private static float[] ToOihw(WeightTensor hwio)
    {
        var (co, ci, kh, kw) = OihwShape(hwio);
        var oihw = new float[hwio.ElementCount];
        for (var h = 0; h < kh; h++)
        {
            for (var w = 0; w < kw; w++)
            {
                for (var i = 0; i < ci; i++)
                {
                    for (var o = 0; o < co; o++)
                    {
                        oihw[((o * ci + i) * kh + h) * kw + w] = hwio.Values[((h * kw + w) * ci + i) * co + o];
                    }
                }
            }
        }

        return oihw;
    }

    private static float[] ToC1hw(WeightTensor hwc1)
    {
        var (kh, kw, c) = (hwc1.Shape[0], hwc1.Shape[1], hwc1.Shape[2]);
        var c1hw = new float[hwc1.ElementCount];
        for (var h = 0; h < kh; h++)
        {
            for (var w = 0; w < kw; w++)
            {
                for (var ch = 0; ch < c; ch++)
                {
                    c1hw[(ch * kh + h) * kw + w] = hwc1.Values[(h * kw + w) * c + ch];
                }
            }
        }

        return c1hw;
    }

    /// <summary>Dequantized int8 weights (symmetric, a scale per output channel) and the int32 bias on the input times weight scale.</summary>
    private (string Weights, string Bias) QuantizedWeights(string name, int[] dims, float[] values, WeightTensor bias, float inputScale)
    {
        var channels = dims[0];
        var perChannel = values.Length / channels;
        var scales = new float[channels];
        var quantized = new sbyte[values.Length];
        var biasScales = new float[channels];
        var biasValues = new int[channels];
        for (var c = 0; c < channels; c++)
        {
            var row = values.AsSpan(c * perChannel, perChannel);
            var max = 0f;
            foreach (var v in row)
            {
                max = Math.Max(max, Math.Abs(v));
            }

            // A channel of zero (or tiny) weights still needs a scale that keeps its bias within int32.
            scales[c] = Math.Max(max / 127f, Math.Abs(bias.Values[c]) / (inputScale * (1 << 30)));
            scales[c] = scales[c] > 0 ? scales[c] : 1f;
            for (var i = 0; i < perChannel; i++)
            {
                quantized[c * perChannel + i] = (sbyte)Math.Clamp(Math.Round(row[i] / scales[c]), -127, 127);
            }

            biasScales[c] = inputScale * scales[c];
            biasValues[c] = (int)Math.Round(bias.Values[c] / biasScales[c]);
        }

        var w = Typed(name + "/int8", TensorProto.Types.DataType.Int8, dims, MemoryMarshal.AsBytes(quantized.AsSpan()).ToArray());
        var weights = Node(
            "DequantizeLinear",
            [w, Constant(name + "/scales", [channels], scales), Typed(name + "/zeros", TensorProto.Types.DataType.Int8, [channels], new byte[channels])],
            attributes: Int("axis", 0));
        var b = Typed(bias.Name + "/int32", TensorProto.Types.DataType.Int32, [channels], MemoryMarshal.AsBytes(biasValues.AsSpan()).ToArray());
        var biasValue = Node(
            "DequantizeLinear",
            [b, Constant(bias.Name + "/scales", [channels], biasScales), Typed(bias.Name + "/zeros", TensorProto.Types.DataType.Int32, [channels], new byte[channels * 4])],
            attributes: Int("axis", 0));
        return (weights, biasValue);
    }

    private string Typed(string name, TensorProto.Types.DataType type, int[] dims, byte[] raw)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)type, RawData = ByteString.CopyFrom(raw) };
        tensor.Dims.AddRange(dims.Select(d => (long)d));
        _graph.Initializer.Add(tensor);
        return name;
    }

    private static ValueInfoProto ValueInfo(string name, long?[] dims) =>
        ValueInfo(name, dims.Select(d => d is { } v ? new TensorShapeProto.Types.Dimension { DimValue = v } : new TensorShapeProto.Types.Dimension { DimParam = "N" }));

    private static ValueInfoProto ValueInfo(
        string name, IEnumerable<TensorShapeProto.Types.Dimension> dims, TensorProto.Types.DataType type = TensorProto.Types.DataType.Float)
    {
        var shape = new TensorShapeProto();
        shape.Dim.AddRange(dims);
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)type, Shape = shape } },
        };
    }
}
