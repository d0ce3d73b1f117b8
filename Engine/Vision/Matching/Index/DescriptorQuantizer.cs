using System.Numerics.Tensors;

namespace FaceClassifier.Engine.Vision.Matching.Index;

/// <summary>
/// Symmetric 8-bit quantization for the index's integer prefilter, with the Euclidean error each quantized vector
/// leaves, which bounds the error of the integer dot products: |q·g - q̂·ĝ| ≤ ||q - q̂||·||g|| + ||q̂||·||g - ĝ||.
/// </summary>
internal static class DescriptorQuantizer
{
    /// <summary>
    /// Rows keep within ±63 so that AVX2's u8 × s8 multiply-add (pairs summed into int16 lanes) cannot saturate:
    /// 2 · 255 · 63 = 32130 ≤ 32767.
    /// </summary>
    public const int RowLevels = 63;

    public const int QueryLevels = 127;

    /// <summary>Queries are unsigned: a level plus this zero point.</summary>
    public const byte QueryZeroPoint = 128;

    /// <summary>
    /// Writes <paramref name="row"/>'s levels down column <paramref name="column"/> of a [dimension, width] block and
    /// returns its scale (level times scale approximates a value) and its error ||g - ĝ||.
    /// </summary>
    public static (float Scale, float Error) QuantizeRow(ReadOnlySpan<float> row, Span<sbyte> block, int column, int width)
    {
        var scale = MathF.Abs(TensorPrimitives.MaxMagnitude(row)) / RowLevels;
        var squaredError = 0.0;
        for (var i = 0; i < row.Length; i++)
        {
            var level = scale > 0 ? Math.Clamp(MathF.Round(row[i] / scale), -RowLevels, RowLevels) : 0;
            block[i * width + column] = (sbyte)level;
            squaredError += Square(row[i] - level * (double)scale);
        }

        return (scale, (float)Math.Sqrt(squaredError));
    }

    /// <summary>
    /// Quantizes <paramref name="queries"/> (each of <paramref name="levels"/>' length over the count) with one shared
    /// scale into unsigned levels, row-major, and gives per query its error ||q - q̂|| and the length ||q̂||.
    /// </summary>
    public static float QuantizeQueries(ReadOnlySpan<float[]> queries, Span<byte> levels, Span<float> errors, Span<float> lengths)
    {
        var max = 0f;
        foreach (var query in queries)
        {
            max = MathF.Max(max, MathF.Abs(TensorPrimitives.MaxMagnitude<float>(query)));
        }

        var scale = max / QueryLevels;
        var dimension = queries.Length > 0 ? queries[0].Length : 0;
        for (var q = 0; q < queries.Length; q++)
        {
            var (squaredError, squaredLength) = (0.0, 0.0);
            for (var i = 0; i < dimension; i++)
            {
                var value = queries[q][i];
                var level = scale > 0 ? Math.Clamp(MathF.Round(value / scale), -QueryLevels, QueryLevels) : 0;
                levels[q * dimension + i] = (byte)(level + QueryZeroPoint);
                squaredError += Square(value - level * (double)scale);
                squaredLength += Square(level * (double)scale);
            }

            errors[q] = (float)Math.Sqrt(squaredError);
            lengths[q] = (float)Math.Sqrt(squaredLength);
        }

        return scale;
    }

    private static double Square(double x) => x * x;
}
