using FaceClassifier.Engine.Vision.Models;
using FaceClassifier.Engine.Vision.Onnx;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;

namespace FaceClassifier.Tests.Engine.Vision.Onnx;

/// <summary>The 8-bit convolution the converter writes, run by ONNX Runtime against the float result.</summary>
[Trait("Kind", "unit")]
public sealed class QuantizedConvTests
{
    private const float Scale = 6f / 255;

    [Fact]
    public void Matches_the_float_convolution_within_the_weight_rounding_even_for_a_channel_of_zero_weights()
    {
        var builder = new OnnxGraphBuilder("quantized_conv");
        var x = builder.Input("x", 1, 2, 1, 2);
        // HWIO [1,1,2,2]: output channel 0 reads 0.5·in0 − 0.25·in1 + 0.1; channel 1 has zero weights and bias 3.
        var weights = new WeightTensor("w", [1, 1, 2, 2], [0.5f, 0, -0.25f, 0]);
        var bias = new WeightTensor("b", [2], [0.1f, 3f]);
        var y = builder.QuantizedConv(builder.QuantizeDequantize(x, Scale, 0), Scale, weights, bias, 1, (0, 0, 0, 0));
        builder.Output(y, "y", 1, 2, 1, 2);
        using var session = new InferenceSession(builder.Build("test").ToByteArray());

        float[] input = [10 * Scale, 200 * Scale, 255 * Scale, 0];
        using var value = OrtValue.CreateTensorValueFromMemory(input, [1, 2, 1, 2]);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, ["x"], [value], ["y"]);
        var output = outputs[0].GetTensorDataAsSpan<float>().ToArray();

        // NCHW: input channel 0 is (10, 200)·Scale, channel 1 is (255, 0)·Scale.
        float[] expected =
        [
            (0.5f * 10 * Scale) - (0.25f * 255 * Scale) + 0.1f,
            (0.5f * 200 * Scale) - (0.25f * 0 * Scale) + 0.1f,
            3f,
            3f,
        ];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], output[i], 0.02f);
        }
    }
}
