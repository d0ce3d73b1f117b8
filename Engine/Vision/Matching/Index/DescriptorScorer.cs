using System.Runtime.InteropServices;
using FaceClassifier.Engine.Vision.Onnx;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Onnx;

namespace FaceClassifier.Engine.Vision.Matching.Index;

/// <summary>
/// Scores 8-bit queries against a block of 8-bit index rows as one integer GEMM in ONNX Runtime (its MLAS kernels,
/// the contrib MatMulIntegerToFloat): score[m, n] = -2 q̂_m·ĝ_n, which plus ||g_n||² approximates the squared distance
/// less ||q_m||². Runs on the calling thread (one intra-op thread), so callers parallelise over indexes; thread-safe.
/// </summary>
/// <remarks>
/// Measured against a float32 Gemm of the same shape on this project's 2-core AVX2 machine, it does about 1.8 times
/// the multiply-adds per second (bench gallery-scoring); the index re-checks every row that could matter in float32.
/// </remarks>
public sealed class DescriptorScorer : IDisposable
{
    private const string QueriesName = "queries";
    private const string RowsName = "rows";
    private const string QueryScaleName = "query_scale";
    private const string RowScalesName = "row_scales";
    private const string ZeroPointName = "query_zero_point";
    private const string ScoresName = "scores";

    private static readonly string[] InputNames = [QueriesName, RowsName, QueryScaleName, RowScalesName, ZeroPointName];
    private static readonly string[] OutputNames = [ScoresName];
    private static readonly byte[] ZeroPoint = [DescriptorQuantizer.QueryZeroPoint];
    private static readonly Lazy<DescriptorScorer> SharedScorer = new(() => new DescriptorScorer());

    private readonly InferenceSession _session;
    private readonly RunOptions _run = new();

    public DescriptorScorer()
    {
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
        };
        _session = new InferenceSession(BuildGraph().ToByteArray(), options);
    }

    /// <summary>The process-wide scorer the indexes use when none is given (never disposed).</summary>
    public static DescriptorScorer Shared => SharedScorer.Value;

    /// <summary>
    /// Writes the [queryCount, rowCount] scores of the query levels (row-major, queryCount x dimension, zero point 128,
    /// one scale) against a block of row levels (transposed: dimension x rowCount, a scale per row) into <paramref name="scores"/>.
    /// </summary>
    internal void Score(
        ReadOnlyMemory<byte> queries, int queryCount, float queryScale, ReadOnlyMemory<sbyte> rows, ReadOnlyMemory<float> rowScales, int dimension, Memory<float> scores)
    {
        var info = OrtMemoryInfo.DefaultInstance;
        var rowCount = rowScales.Length;

        // ONNX Runtime only reads inputs; its API takes writable memory, so the read-only views are cast back (no copy).
        using var q = OrtValue.CreateTensorValueFromMemory(info, MemoryMarshal.AsMemory(queries[..(queryCount * dimension)]), [queryCount, dimension]);
        using var g = OrtValue.CreateTensorValueFromMemory(info, MemoryMarshal.AsMemory(rows), [dimension, rowCount]);
        using var qs = OrtValue.CreateTensorValueFromMemory(new[] { -2 * queryScale }, []);
        using var gs = OrtValue.CreateTensorValueFromMemory(info, MemoryMarshal.AsMemory(rowScales), [rowCount]);
        using var zero = OrtValue.CreateTensorValueFromMemory(info, ZeroPoint.AsMemory(), []);
        using var y = OrtValue.CreateTensorValueFromMemory(info, scores[..(queryCount * rowCount)], [queryCount, rowCount]);
        _session.Run(_run, InputNames, [q, g, qs, gs, zero], OutputNames, [y]);
    }

    public void Dispose()
    {
        _session.Dispose();
        _run.Dispose();
    }

    private static ModelProto BuildGraph()
    {
        var g = new OnnxGraphBuilder("descriptor_scores");
        string[] inputs =
        [
            g.SymbolicInput(QueriesName, TensorProto.Types.DataType.Uint8, "queries", "dimension"),
            g.SymbolicInput(RowsName, TensorProto.Types.DataType.Int8, "dimension", "rows"),
            g.SymbolicInput(QueryScaleName, TensorProto.Types.DataType.Float),
            g.SymbolicInput(RowScalesName, TensorProto.Types.DataType.Float, "rows"),
            g.SymbolicInput(ZeroPointName, TensorProto.Types.DataType.Uint8),
        ];
        g.MicrosoftNode("MatMulIntegerToFloat", inputs, ScoresName);
        g.SymbolicOutput(ScoresName, "queries", "rows");
        return g.Build("descriptor scorer v2");
    }
}
