using FaceClassifier.Engine.Vision.Onnx;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Onnx;

namespace FaceClassifier.Bench;

/// <summary>
/// The float32 alternative to the index's integer scorer, kept for comparison: ONNX Runtime's Gemm of queries by
/// rows (transB), scores -2 q·g, with the rows' squared norms as C (beta 1) or without them.
/// </summary>
internal sealed class Float32Gemm : IDisposable
{
    private readonly InferenceSession _session;
    private readonly RunOptions _run = new();
    private readonly bool _withNorms;

    public Float32Gemm(bool withNorms)
    {
        _withNorms = withNorms;
        var g = new OnnxGraphBuilder("float32_scores");
        List<string> inputs =
        [
            g.SymbolicInput("queries", TensorProto.Types.DataType.Float, "queries", "dimension"),
            g.SymbolicInput("rows", TensorProto.Types.DataType.Float, "rows", "dimension"),
        ];
        List<AttributeProto> attributes = [OnnxGraphBuilder.Float("alpha", -2f), OnnxGraphBuilder.Int("transB", 1)];
        if (withNorms)
        {
            inputs.Add(g.SymbolicInput("norms", TensorProto.Types.DataType.Float, "rows"));
            attributes.Add(OnnxGraphBuilder.Float("beta", 1f));
        }

        g.Node("Gemm", [.. inputs], "scores", [.. attributes]);
        g.SymbolicOutput("scores", "queries", "rows");
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        _session = new InferenceSession(g.Build("bench").ToByteArray(), options);
    }

    /// <summary>Scores all queries (row-major, 128 wide) against rows start..start+count-1 into <paramref name="scores"/>.</summary>
    public void Score(float[] queries, float[] matrix, float[] norms, int start, int count, float[] scores)
    {
        const int dimension = 128;
        var queryCount = queries.Length / dimension;
        using var q = OrtValue.CreateTensorValueFromMemory(queries, [queryCount, dimension]);
        using var g = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, matrix.AsMemory(start * dimension, count * dimension), [count, dimension]);
        using var c = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, norms.AsMemory(start, count), [count]);
        using var y = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, scores.AsMemory(0, queryCount * count), [queryCount, count]);
        if (_withNorms)
        {
            _session.Run(_run, ["queries", "rows", "norms"], [q, g, c], ["scores"], [y]);
        }
        else
        {
            _session.Run(_run, ["queries", "rows"], [q, g], ["scores"], [y]);
        }
    }

    public void Dispose()
    {
        _session.Dispose();
        _run.Dispose();
    }
}
