using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FaceClassifier.Engine.Vision.Matching.Index;

public sealed partial class DescriptorIndex
{
    // One GEMM scores at most this many queries against this many rows (measured: 4096 rows is the fastest of 512-4096).
    private const int QueryBlock = 128;
    private const int RowBlock = 4096;
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

        var dimension = Dimension;
        var queryBlock = Math.Min(QueryBlock, queries.Count);
        var rowBlock = Math.Min(RowBlock, Rows);
        var packed = ArrayPool<float>.Shared.Rent(queryBlock * dimension);
        var scores = ArrayPool<float>.Shared.Rent(queryBlock * rowBlock);
        var nearest = new NearestPeople[queryBlock];
        var queryNorms = new float[queryBlock];
        try
        {
            for (var first = 0; first < queries.Count; first += queryBlock)
            {
                var count = Math.Min(queryBlock, queries.Count - first);
                for (var i = 0; i < count; i++)
                {
                    queries[first + i].CopyTo(packed, i * dimension);
                    queryNorms[i] = TensorPrimitives.SumOfSquares<float>(queries[first + i]);
                }

                Array.Clear(nearest);
                for (var start = 0; start < Rows; start += rowBlock)
                {
                    var rows = Math.Min(rowBlock, Rows - start);
                    _scorer.Score(packed, count, _matrix.Values.Slice(start * dimension, rows * dimension), rows, dimension, scores);
                    var norms = _matrix.Norms.Span.Slice(start, rows);
                    var maxNorm = TensorPrimitives.Max(norms);
                    for (var i = 0; i < count; i++)
                    {
                        Select(queries[first + i], queryNorms[i], scores.AsSpan(i * rows, rows), norms, start, maxNorm, ref nearest[i]);
                    }
                }

                for (var i = 0; i < count; i++)
                {
                    results[first + i] = nearest[i].ToCandidates();
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(packed);
            ArrayPool<float>.Shared.Return(scores);
        }

        return results;
    }

    /// <summary>
    /// Offers the query's nearest people every row of this block (rows <paramref name="start"/> on) whose score plus
    /// norm could put its person among the two nearest, each at its exact distance. The second's distance only falls,
    /// so after the first few rows nearly every row is passed over by one vectorised comparison.
    /// </summary>
    /// <remarks>
    /// Score plus ||g||² plus ||q||² is the squared distance up to float rounding: at most about 4·D·2⁻²⁴·(||q||² + ||g||²)
    /// for both it and the exact sum of squares (the dot-product error bound); twice that is the margin allowed, so
    /// rounding can neither hide a closer row nor break a tie the wrong way.
    /// </remarks>
    private void Select(float[] query, float queryNorm, ReadOnlySpan<float> scores, ReadOnlySpan<float> norms, int start, float maxNorm, ref NearestPeople nearest)
    {
        var margin = 8f * Dimension * UnitRoundoff * (queryNorm + maxNorm);
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

    private static Vector256<float> Sum(ref float score, ref float norm, nuint offset) =>
        Vector256.LoadUnsafe(ref score, offset) + Vector256.LoadUnsafe(ref norm, offset);

    private void Offer(float[] query, int row, ref NearestPeople nearest) =>
        nearest.Offer(_people[_matrix.Owner(row)], DescriptorMath.Distance(query, _matrix.Row(row)));

    // The largest score whose row could still come as close as the second person held; the slack of 2^-20 keeps a row
    // whose distance would round to the second's in, where the tie is decided by id.
    private static float Threshold(in NearestPeople nearest, float queryNorm, float margin) =>
        nearest.Count < 2 ? float.PositiveInfinity : nearest.SecondDistance * nearest.SecondDistance * (1 + 1f / (1 << 20)) + margin - queryNorm;
}
