using FaceClassifier.Engine.Vision.Models;
using FaceClassifier.Engine.Vision.Onnx;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Engine.Vision.Detection;

/// <summary>The parts of the SSD converter that can be checked without running the net.</summary>
[Trait("Kind", "unit")]
public sealed class SsdGraphTests
{
    [Fact]
    public void Batch_norm_folds_into_depthwise_filter_and_bias()
    {
        // Two channels; var + 0.001 is 4 and 1, so the BN scales are gamma/2 and gamma/1.
        var (filter, bias) = SsdMobilenetV1Graph.FoldBatchNorm(
            new WeightTensor("dw", [1, 1, 2, 1], [2, 3]),
            new WeightTensor("gamma", [2], [1, 2]),
            new WeightTensor("beta", [2], [0.5f, -1]),
            new WeightTensor("mean", [2], [1, 0]),
            new WeightTensor("variance", [2], [3.999f, 0.999f]));

        // ch0: (2x − 1)/2 + 0.5 = 1x + 0; ch1: 3x·2 − 1 = 6x − 1.
        Assert.Equal([1, 1, 2, 1], filter.Shape);
        Assert.Equal(1, filter.Values[0], 1e-6f);
        Assert.Equal(6, filter.Values[1], 1e-6f);
        Assert.Equal(0, bias.Values[0], 1e-6f);
        Assert.Equal(-1, bias.Values[1], 1e-6f);
    }

    [Fact]
    public void Graph_has_one_image_input_and_the_three_outputs_the_detector_reads()
    {
        var manifest = ModelFiles.Verify(FaceModel.SsdMobilenetV1, TestAssets.WeightsDirectory);

        var graph = SsdMobilenetV1Graph.Build(WeightManifest.Load(manifest)).Graph;

        Assert.Equal([SsdMobilenetV1Graph.InputName], graph.Input.Select(i => i.Name));
        Assert.Equal(
            [SsdMobilenetV1Graph.BoxEncodingsName, SsdMobilenetV1Graph.ScoresName, SsdMobilenetV1Graph.AnchorsName],
            graph.Output.Select(o => o.Name));
        Assert.Equal([1L, 5118, 4], graph.Output[0].Type.TensorType.Shape.Dim.Select(d => d.DimValue));
        Assert.Equal([1L, 5118], graph.Output[1].Type.TensorType.Shape.Dim.Select(d => d.DimValue));
        Assert.Equal(27 + 8, graph.Node.Count(n => n.OpType == "Clip"));
    }

    [Fact]
    public void The_8_bit_graph_quantizes_the_input_of_every_convolution_and_the_weights_of_all_but_the_box_predictors()
    {
        var manifest = ModelFiles.Verify(FaceModel.SsdMobilenetV1, TestAssets.WeightsDirectory);

        var graph = SsdMobilenetV1Graph.BuildQuantized(WeightManifest.Load(manifest)).Graph;

        // 27 MobileNet and 8 extra-layer convolutions on int8; the 6 maps the 12 box-predictor convolutions read are
        // rounded once each, so 1 image + 35 ReLU6 outputs are quantized.
        var convolutions = graph.Node.Where(n => n.OpType == "Conv").ToList();
        Assert.Equal(35 + 12, convolutions.Count);
        Assert.Equal(36, graph.Node.Count(n => n.OpType == "QuantizeLinear"));
        Assert.Equal(35, graph.Initializer.Count(t => t.DataType == (int)global::Onnx.TensorProto.Types.DataType.Int8 && t.Dims.Count == 4));
        Assert.Equal(
            [SsdMobilenetV1Graph.BoxEncodingsName, SsdMobilenetV1Graph.ScoresName, SsdMobilenetV1Graph.AnchorsName],
            graph.Output.Select(o => o.Name));
    }
}
