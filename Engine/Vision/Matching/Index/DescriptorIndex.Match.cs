using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FaceClassifier.Engine.Vision.Matching.Index;

public sealed partial class DescriptorIndex
{
    // One integer GEMM scores at most this many queries against one block of rows.
    private const int QueryBlock = 128;
    private const int BlockRows = DescriptorMatrix.BlockRows;
    private const float UnitRoundoff = 1f / (1 << 24);

    /// <summary>Per query, the best and second-best different people with their exact Euclidean distances.</summary>
    public IReadOnlyList<GalleryCandidates> Match(IReadOnlyList<float[]> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        foreach (var query in queries)
        {
            CheckDescriptor(query, nameof(queries));
        }

        var results = new GalleryCandidates[queries.Count];
        if (Rows == 0 || queries.Count == 0)
        {
            return results;
        }

        var batch = queries as float[][] ?? [.. queries];
        var scores = ArrayPool<float>.Shared.Rent(QueryBlock * BlockRows);
        var levels = ArrayPool<byte>.Shared.Rent(QueryBlock * Dimension);
        try
        {
            var block = new QueryBlockState(Math.Min(QueryBlock, batch.Length));
            for (var first = 0; first < batch.Length; first += QueryBlock)
            {
                var count = Math.Min(QueryBlock, batch.Length - first);
                var slice = batch.AsSpan(first, count);
                block.Reset(slice);
                var scale = DescriptorQuantizer.QuantizeQueries(slice, levels, block.Errors, block.Lengths);
                for (var start = 0; start < Rows; start += BlockRows)
                {
                    var b = start / BlockRows;
                    _scorer.Score(levels, count, scale, _matrix.BlockLevels(b), _matrix.BlockScales(b), Dimension, scores);
                    var rows = Math.Min(BlockRows, Rows - start);
                    var norms = _matrix.Norms(start, rows);
                    var maxLength = MathF.Sqrt(TensorPrimitives.Max(norms));
                    var maxError = TensorPrimitives.Max(_matrix.Errors(start, rows));
                    for (var i = 0; i < count; i++)
                    {
                        // The prefilter's error bound (see DescriptorQuantizer), a little wider for the rounding of its terms.
                        var bound = (block.Errors[i] * maxLength + block.Lengths[i] * maxError) * (1 + 1f / 1024);
                        var margin = 8f * Dimension * UnitRoundoff * (block.Norms[i] + maxLength * maxLength) + 2 * bound;
                        Select(slice[i], block.Norms[i], margin, scores.AsSpan(i * BlockRows, rows), norms, start, ref block.Nearest[i]);
                    }
                }

                for (var i = 0; i < count; i++)
                {
                    results[first + i] = block.Nearest[i].ToCandidates(_people, Rows);
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<byte>.Shared.Return(levels);
        }

        return results;
    }

    /// <summary>
    /// Offers the query's nearest people every row of this block (rows <paramref name="start"/> on) whose score plus
    /// norm could put its person among the two nearest, each at its exact float32 distance. The second's distance only
    /// falls, so after the first few rows nearly every row is passed over by one vectorised comparison.
    /// </summary>
    /// <remarks>
    /// Score plus ||g||² plus ||q||² is the squared distance but for the prefilter's error (at most twice its bound) and
    /// float rounding (at most about 4·D·2⁻²⁴·(||q||² + ||g||²) both in it and in the exact sum of squares, the
    /// dot-product error bound, so twice that is allowed); with that margin no closer row is passed over and no tie
    /// is broken the wrong way.
    /// </remarks>
    private void Select(
        float[] query, float queryNorm, float margin, ReadOnlySpan<float> scores, ReadOnlySpan<float> norms, int start, ref NearestPeople nearest)
    {
        if (nearest.Count < 2)
        {
            Seed(query, scores, norms, start, ref nearest);
        }

        var threshold = Threshold(nearest, queryNorm, margin);
        ref var score = ref MemoryMarshal.GetReference(scores);
        ref var norm = ref MemoryMarshal.GetReference(norms);
        var i = 0;
        for (; i <= scores.Length - 32; i += 32)
        {
            var offset = (nuint)i;
            var min = Vector256.MinNative(
                Vector256.MinNative(Sum(ref score, ref norm, offset), Sum(ref score, ref norm, offset + 8)),
                Vector256.MinNative(Sum(ref score, ref norm, offset + 16), Sum(ref score, ref norm, offset + 24)));
            if (Vector256.LessThanOrEqualAny(min, Vector256.Create(threshold)))
            {
                for (var j = i; j < i + 32; j++)
                {
                    if (scores[j] + norms[j] <= threshold)
                    {
                        Offer(query, start + j, ref nearest);
                        threshold = Threshold(nearest, queryNorm, margin);
                    }
                }
            }
        }

        for (; i < scores.Length; i++)
        {
            if (scores[i] + norms[i] <= threshold)
            {
                Offer(query, start + i, ref nearest);
                threshold = Threshold(nearest, queryNorm, margin);
            }
        }
    }

    /// <summary>
    /// Offers the block's two best-scoring people first, so that the scan's threshold starts near where it ends: from
    /// no threshold, every row that beats the running second would be checked (about twice as many).
    /// </summary>
    private void Seed(float[] query, ReadOnlySpan<float> scores, ReadOnlySpan<float> norms, int start, ref NearestPeople nearest)
    {
        Span<float> sums = stackalloc float[scores.Length];
        TensorPrimitives.Add(scores, norms, sums);
        while (nearest.Count < 2)
        {
            var best = TensorPrimitives.IndexOfMin<float>(sums);
            if (float.IsPositiveInfinity(sums[best]))
            {
                return;
            }

            Offer(query, start + best, ref nearest);
            foreach (var row in _people[_matrix.Owner(start + best)].Rows)
            {
                if ((uint)(row - start) < (uint)sums.Length)
                {
                    sums[row - start] = float.PositiveInfinity;
                }
            }
        }
    }

    private static Vector256<float> Sum(ref float score, ref float norm, nuint offset) =>
        Vector256.LoadUnsafe(ref score, offset) + Vector256.LoadUnsafe(ref norm, offset);

    private void Offer(float[] query, int row, ref NearestPeople nearest) =>
        nearest.Offer(_matrix.Owner(row), DescriptorMath.Distance(query, _matrix.Row(row)), _people);

    // The largest score whose row could still come as close as the second person held; the slack of 2^-20 keeps a row
    // whose distance would round to the second's in, where the tie is decided by id.
    private static float Threshold(in NearestPeople nearest, float queryNorm, float margin) =>
        nearest.Count < 2 ? float.PositiveInfinity : nearest.SecondDistance * nearest.SecondDistance * (1 + 1f / (1 << 20)) + margin - queryNorm;

    /// <summary>Per query of one block: its squared norm, quantization error and quantized length, and the nearest so far.</summary>
    private sealed class QueryBlockState(int size)
    {
        public float[] Norms { get; } = new float[size];

        public float[] Errors { get; } = new float[size];

        public float[] Lengths { get; } = new float[size];

        public NearestPeople[] Nearest { get; } = new NearestPeople[size];

        public void Reset(ReadOnlySpan<float[]> queries)
        {
            Array.Clear(Nearest);
            for (var i = 0; i < queries.Length; i++)
            {
                Norms[i] = TensorPrimitives.SumOfSquares<float>(queries[i]);
            }
        }
    }
}
