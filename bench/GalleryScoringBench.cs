using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using FaceClassifier.Engine.Vision.Matching.Index;

namespace FaceClassifier.Bench;

/// <summary>
/// Ways to score 100 queries against one shard's rows, side by side on one thread: a dot product per pair
/// (TensorPrimitives.Dot), the index's SGEMM (<see cref="DescriptorScorer"/>) alone, and the whole
/// <see cref="DescriptorIndex.Match"/> (SGEMM, then picking two people per query).
/// Usage: bench gallery-scoring [rows per shard, 15625] [rounds, 20].
/// </summary>
internal static class GalleryScoringBench
{
    private const int Dimension = 128;
    private const int Queries = 100;

    public static void Run(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15_625;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
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
        Console.WriteLine($"{Queries} queries x {rows} rows x {Dimension} ({flops / 1e9:0.00} GFLOP), one thread, median of {rounds}");

        Report("dot per pair (TensorPrimitives.Dot)", flops, Median(rounds, () =>
        {
            for (var q = 0; q < Queries; q++)
            {
                var query = queries[q].AsSpan();
                for (var r = 0; r < rows; r++)
                {
                    scores[q * rows + r] = norms[r] - 2 * TensorPrimitives.Dot(query, matrix.AsSpan(r * Dimension, Dimension));
                }
            }
        }));
        var scorer = DescriptorScorer.Shared;
        Report("SGEMM only (DescriptorScorer)", flops, Median(rounds, () => scorer.Score(packed, Queries, matrix, rows, Dimension, scores)));
        foreach (var block in new[] { 512, 1024, 2048, 4096 })
        {
            Report($"SGEMM in blocks of {block} rows", flops, Median(rounds, () =>
            {
                for (var start = 0; start < rows; start += block)
                {
                    var n = Math.Min(block, rows - start);
                    scorer.Score(packed, Queries, matrix.AsMemory(start * Dimension), n, Dimension, scores);
                }
            }));
        }

        Report("IndexOfMin over each query's scores", flops, Median(rounds, () =>
        {
            for (var q = 0; q < Queries; q++)
            {
                TensorPrimitives.IndexOfMin<float>(scores.AsSpan(q * rows, rows));
            }
        }));
        Report("DescriptorIndex.Match", flops, Median(rounds, () => index.Match(queries)));
    }

    /// <summary>The median wall time of a round, and the mean processor time (which other processes on the machine disturb less).</summary>
    private static (double Wall, double Cpu) Median(int rounds, Action action)
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
        Console.WriteLine($"{name,-40} {ms.Wall,8:0.000} ms wall {ms.Cpu,8:0.000} ms cpu  {flops / (ms.Cpu / 1000) / 1e9,6:0.0} GFLOPS per cpu second");
}
