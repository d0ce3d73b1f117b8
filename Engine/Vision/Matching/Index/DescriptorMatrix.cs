using System.Numerics.Tensors;

namespace FaceClassifier.Engine.Vision.Matching.Index;

/// <summary>
/// The rows of a <see cref="DescriptorIndex"/>: one contiguous row-major float32 matrix, each row's squared norm and
/// the slot of the person it belongs to, and beside them the rows' 8-bit copy that the prefilter multiplies: blocks of
/// <see cref="BlockRows"/> rows, each stored transposed ([dimension, BlockRows]), with a scale and error per row.
/// Rows 0..Rows-1 are live; the capacity past them (always whole blocks) is spare.
/// </summary>
internal sealed class DescriptorMatrix(int dimension)
{
    public const int BlockRows = 1024;

    private float[] _values = [];
    private float[] _norms = [];
    private int[] _owners = [];
    private sbyte[] _levels = [];
    private float[] _scales = [];
    private float[] _errors = [];

    public int Dimension => dimension;

    public int Rows { get; private set; }

    public int Capacity => _norms.Length;

    public long Bytes =>
        (long)_values.Length * sizeof(float) + _levels.Length + ((long)_norms.Length + _owners.Length + _scales.Length + _errors.Length) * sizeof(float);

    public ReadOnlySpan<float> Row(int row) => _values.AsSpan(row * dimension, dimension);

    public ReadOnlySpan<float> Norms(int start, int count) => _norms.AsSpan(start, count);

    /// <summary>The rows' quantization errors ||g - ĝ||.</summary>
    public ReadOnlySpan<float> Errors(int start, int count) => _errors.AsSpan(start, count);

    /// <summary>Block <paramref name="block"/>'s levels, [dimension, BlockRows] row-major.</summary>
    public ReadOnlyMemory<sbyte> BlockLevels(int block) => _levels.AsMemory(block * dimension * BlockRows, dimension * BlockRows);

    /// <summary>Block <paramref name="block"/>'s scales, zero past the live rows.</summary>
    public ReadOnlyMemory<float> BlockScales(int block) => _scales.AsMemory(block * BlockRows, BlockRows);

    public int Owner(int row) => _owners[row];

    public void SetOwner(int row, int owner) => _owners[row] = owner;

    /// <summary>Makes room for <paramref name="extra"/> more rows, growing by at least 1024 rows or an eighth.</summary>
    public void Reserve(int extra)
    {
        var needed = (long)Rows + extra;
        if (needed <= Capacity)
        {
            return;
        }

        var limit = Array.MaxLength / dimension / BlockRows * BlockRows;
        if (needed > limit)
        {
            throw new InvalidOperationException($"An index of {dimension}-d descriptors holds at most {limit} rows.");
        }

        var grown = Math.Max(needed, Capacity + Math.Max(BlockRows, Capacity / 8));
        var capacity = (int)Math.Min(limit, (grown + BlockRows - 1) / BlockRows * BlockRows);
        _values = Grown(_values, capacity * dimension, Rows * dimension);
        _levels = Grown(_levels, capacity * dimension, _levels.Length);
        _norms = Grown(_norms, capacity, Rows);
        _owners = Grown(_owners, capacity, Rows);
        _scales = Grown(_scales, capacity, Rows, zeroed: true);
        _errors = Grown(_errors, capacity, Rows);
    }

    /// <summary>Adds a row after the live ones and returns its index.</summary>
    public int Append(ReadOnlySpan<float> descriptor, int owner)
    {
        Reserve(1);
        Write(Rows, descriptor, owner);
        return Rows++;
    }

    public void Write(int row, ReadOnlySpan<float> descriptor, int owner)
    {
        descriptor.CopyTo(_values.AsSpan(row * dimension, dimension));
        _norms[row] = TensorPrimitives.SumOfSquares(descriptor);
        _owners[row] = owner;
        (_scales[row], _errors[row]) = DescriptorQuantizer.QuantizeRow(descriptor, LevelBlock(row), row % BlockRows, BlockRows);
    }

    /// <summary>Copies row <paramref name="from"/> over row <paramref name="to"/>.</summary>
    public void Move(int from, int to)
    {
        Row(from).CopyTo(_values.AsSpan(to * dimension, dimension));
        (_norms[to], _owners[to], _scales[to], _errors[to]) = (_norms[from], _owners[from], _scales[from], _errors[from]);
        var source = LevelBlock(from);
        var target = LevelBlock(to);
        for (var i = 0; i < dimension; i++)
        {
            target[i * BlockRows + to % BlockRows] = source[i * BlockRows + from % BlockRows];
        }
    }

    /// <summary>Drops the last <paramref name="count"/> rows (their contents must have been moved or be unwanted).</summary>
    public void Truncate(int count)
    {
        _scales.AsSpan(Rows - count, count).Clear();
        Rows -= count;
    }

    private Span<sbyte> LevelBlock(int row) => _levels.AsSpan(row / BlockRows * dimension * BlockRows, dimension * BlockRows);

    private static T[] Grown<T>(T[] old, int length, int keep, bool zeroed = false)
    {
        var grown = zeroed ? new T[length] : GC.AllocateUninitializedArray<T>(length);
        old.AsSpan(0, keep).CopyTo(grown);
        return grown;
    }
}
