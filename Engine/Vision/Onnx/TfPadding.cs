namespace FaceClassifier.Engine.Vision.Onnx;

/// <summary>TensorFlow's SAME/VALID padding rules, turned into the explicit pads ONNX wants.</summary>
internal static class TfPadding
{
    /// <summary>SAME: out = ceil(in/s); the odd pixel of padding goes after (bottom/right).</summary>
    public static (int Before, int After, int Output) Same(int input, int kernel, int stride)
    {
        var output = (input + stride - 1) / stride;
        var total = Math.Max((output - 1) * stride + kernel - input, 0);
        return (total / 2, total - total / 2, output);
    }

    /// <summary>VALID: no padding, out = floor((in - k)/s) + 1.</summary>
    public static int ValidOutput(int input, int kernel, int stride) => (input - kernel) / stride + 1;
}
