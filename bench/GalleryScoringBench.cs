using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using FaceClassifier.Engine.Vision.Matching.Index;

namespace FaceClassifier.Bench;

/// <summary>
/// Ways to score 100 queries against one shard's rows, side by side on one thread: a dot product per pair
/// (TensorPrimitives.Dot), float32 SGEMM in ONNX Runtime (with the norms as Gemm's C, and without), the index's
/// integer GEMM (<see cref="DescriptorScorer"/>) alone, and the whole <see cref="DescriptorIndex.Match"/>.
/// Usage: bench gallery-scoring [rows per shard, 15625] [rounds, 100].
/// </summary>
internal static class GalleryScoringBench
{
    private const int Dimension = 128;
    private const int Queries = 100;
    private const int Block = 1024;

    public static void Run(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15_625;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var random = new Random(7);
        var index = new DescriptorIndex(Dimension);
        var matrix = new float[rows * Dimension];
        for (var person = 0; person * 10 < rows; person++)
        {
            var own = Enumerable.Range(0, Math.Min(10, rows - person * 10)).Select(_ => GalleryBench.UnitDescriptor(random)).ToArray();
            index.Set($"p{person}", "", own);
            for (var i = 0; i < own.Length; i++)
            {
                own[i].CopyTo(matrix, (person * 10 + i) * Dimension);
            }
        }

        var queries = Enumerable.Range(0, Queries).Select(_ => GalleryBench.UnitDescriptor(random)).ToArray();
        var packed = queries.SelectMany(q => q).ToArray();
        var norms = Enumerable.Range(0, rows).Select(r => TensorPrimitives.SumOfSquares<float>(matrix.AsSpan(r * Dimension, Dimension))).ToArray();
        var scores = new float[Queries * rows];
        var flops = 2.0 * Queries * rows * Dimension;
        Console.WriteLine($"{Queries} queries x {rows} rows x {Dimension} ({flops / 1e9:0.00} G multiply-adds x 2), one thread, median of {rounds}");

        Report("dot per pair (TensorPrimitives.Dot)", flops, Measure(Math.Max(3, rounds / 10), () =>
        {
            for (var q = 0; q < Queries; q++)
            {
                for (var r = 0; r < rows; r++)
                {
                    scores[q * rows + r] = norms[r] - 2 * TensorPrimitives.Dot(queries[q], matrix.AsSpan(r * Dimension, Dimension));
                }
            }
        }));
        using (var withNorms = new Float32Gemm(withNorms: true))
        using (var plain = new Float32Gemm(withNorms: false))
        {
            foreach (var block in new[] { Block, 4096, rows })
            {
                Report($"float32 Gemm, norms as C, {block}-row blocks", flops, Measure(rounds, () => InBlocks(rows, block, (start, n) => withNorms.Score(packed, matrix, norms, start, n, scores))));
                Report($"float32 Gemm, {block}-row blocks", flops, Measure(rounds, () => InBlocks(rows, block, (start, n) => plain.Score(packed, matrix, norms, start, n, scores))));
            }
        }

        var levels = new byte[Queries * Dimension];
        var scale = DescriptorQuantizer.QuantizeQueries(queries, levels, new float[Queries], new float[Queries]);
        var rowLevels = new sbyte[Dimension * Block];
        var rowScales = new float[Block];
        for (var r = 0; r < Block; r++)
        {
            (rowScales[r], _) = DescriptorQuantizer.QuantizeRow(matrix.AsSpan(r % rows * Dimension, Dimension), rowLevels, r, Block);
        }

        var scorer = DescriptorScorer.Shared;
        Report($"int8 MatMulIntegerToFloat, {Block}-row blocks", flops, Measure(rounds, () =>
            InBlocks(rows, Block, (_, _) => scorer.Score(levels, Queries, scale, rowLevels, rowScales, Dimension, scores))));
        Report("IndexOfMin over each query's scores", flops, Measure(rounds, () =>
        {
            for (var q = 0; q < Queries; q++)
            {
                TensorPrimitives.IndexOfMin<float>(scores.AsSpan(q * rows, rows));
            }
        }));
        Report("DescriptorIndex.Match (int8, then float32)", flops, Measure(rounds, () => index.Match(queries)));
    }

    private static void InBlocks(int rows, int block, Action<int, int> score)
    {
        for (var start = 0; start < rows; start += block)
        {
            score(start, Math.Min(block, rows - start));
        }
    }

    /// <summary>The median wall time of a round, and the mean processor time (which other processes on the machine disturb less).</summary>
    private static (double Wall, double Cpu) Measure(int rounds, Action action)
    {
        for (var i = 0; i < 3; i++)
        {
            action();
        }

        var times = new List<double>();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        process.Refresh();
        times.Sort();
        return (times[times.Count / 2], (process.TotalProcessorTime - cpu).TotalMilliseconds / rounds);
    }

    private static void Report(string name, double flops, (double Wall, double Cpu) ms) =>
        Console.WriteLine($"{name,-46} {ms.Wall,8:0.000} ms wall {ms.Cpu,8:0.000} ms cpu  {flops / (ms.Cpu / 1000) / 1e9,6:0.0} G(FL)OPS per cpu second");
}
