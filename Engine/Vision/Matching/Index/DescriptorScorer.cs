using System.Runtime.InteropServices;
using FaceClassifier.Engine.Vision.Onnx;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Onnx;

namespace FaceClassifier.Engine.Vision.Matching.Index;

/// <summary>
/// Scores query descriptors against index rows as one SGEMM in ONNX Runtime (its MLAS kernels):
/// score[m, n] = -2 q_m·g_n, which plus ||g_n||² is the squared distance less ||q_m||².
/// Runs on the calling thread (one intra-op thread), so callers parallelise over indexes; thread-safe.
/// </summary>
/// <remarks>
/// The norms are left out of the GEMM: adding them as Gemm's C costs a quarter of its speed here (ONNX Runtime first
/// broadcasts C into the output), while the index adds them for free in the pass that reads the scores.
/// </remarks>
public sealed class DescriptorScorer : IDisposable
{
    private const string QueriesName = "queries";
    private const string RowsName = "rows";
    private const string ScoresName = "scores";

    private static readonly string[] InputNames = [QueriesName, RowsName];
    private static readonly string[] OutputNames = [ScoresName];
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
    /// Writes the [queryCount, rowCount] scores of <paramref name="queries"/> (row-major, queryCount x dimension)
    /// against <paramref name="rows"/> (rowCount x dimension) into <paramref name="scores"/>.
    /// </summary>
    internal void Score(ReadOnlyMemory<float> queries, int queryCount, ReadOnlyMemory<float> rows, int rowCount, int dimension, Memory<float> scores)
    {
        var info = OrtMemoryInfo.DefaultInstance;

        // ONNX Runtime only reads inputs; its API takes writable memory, so the read-only views are cast back (no copy).
        using var q = OrtValue.CreateTensorValueFromMemory(info, AsWritable(queries[..(queryCount * dimension)]), [queryCount, dimension]);
        using var g = OrtValue.CreateTensorValueFromMemory(info, AsWritable(rows[..(rowCount * dimension)]), [rowCount, dimension]);
        using var y = OrtValue.CreateTensorValueFromMemory(info, scores[..(queryCount * rowCount)], [queryCount, rowCount]);
        _session.Run(_run, InputNames, [q, g], OutputNames, [y]);
    }

    public void Dispose()
    {
        _session.Dispose();
        _run.Dispose();
    }

    private static Memory<float> AsWritable(ReadOnlyMemory<float> memory) => MemoryMarshal.AsMemory(memory);

    private static ModelProto BuildGraph()
    {
        var g = new OnnxGraphBuilder("descriptor_scores");
        var queries = g.SymbolicInput(QueriesName, "queries", "dimension");
        var rows = g.SymbolicInput(RowsName, "rows", "dimension");
        g.Node(
            "Gemm",
            [queries, rows],
            ScoresName,
            OnnxGraphBuilder.Float("alpha", -2f),
            OnnxGraphBuilder.Int("transB", 1));
        g.SymbolicOutput(ScoresName, "queries", "rows");
        return g.Build("descriptor scorer v1");
    }
}
