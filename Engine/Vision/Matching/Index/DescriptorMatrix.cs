using System.Numerics.Tensors;

namespace FaceClassifier.Engine.Vision.Matching.Index;

/// <summary>
/// The rows of a <see cref="DescriptorIndex"/>: one contiguous row-major float32 matrix, each row's squared norm
/// and the slot of the person it belongs to. Rows 0..Rows-1 are live; the capacity past them is spare.
/// </summary>
internal sealed class DescriptorMatrix(int dimension)
{
    private const int MinGrowthRows = 1024;

    private float[] _values = [];
    private float[] _norms = [];
    private int[] _owners = [];

    public int Dimension => dimension;

    public int Rows { get; private set; }

    public int Capacity => _norms.Length;

    public long Bytes => ((long)_values.Length + _norms.Length + _owners.Length) * sizeof(float);

    /// <summary>The live rows' values, row-major.</summary>
    public ReadOnlyMemory<float> Values => _values.AsMemory(0, Rows * dimension);

    public ReadOnlyMemory<float> Norms => _norms.AsMemory(0, Rows);

    public ReadOnlySpan<float> Row(int row) => _values.AsSpan(row * dimension, dimension);

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

        var limit = Array.MaxLength / dimension;
        if (needed > limit)
        {
            throw new InvalidOperationException($"An index of {dimension}-d descriptors holds at most {limit} rows.");
        }

        var capacity = (int)Math.Min(limit, Math.Max(needed, Capacity + Math.Max(MinGrowthRows, Capacity / 8)));
        var values = GC.AllocateUninitializedArray<float>(capacity * dimension);
        var norms = GC.AllocateUninitializedArray<float>(capacity);
        var owners = GC.AllocateUninitializedArray<int>(capacity);
        _values.AsSpan(0, Rows * dimension).CopyTo(values);
        _norms.AsSpan(0, Rows).CopyTo(norms);
        _owners.AsSpan(0, Rows).CopyTo(owners);
        (_values, _norms, _owners) = (values, norms, owners);
    }

    /// <summary>Adds a row after the live ones (room made by <see cref="Reserve"/>) and returns its index.</summary>
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
    }

    /// <summary>Copies row <paramref name="from"/> over row <paramref name="to"/>.</summary>
    public void Move(int from, int to)
    {
        Row(from).CopyTo(_values.AsSpan(to * dimension, dimension));
        _norms[to] = _norms[from];
        _owners[to] = _owners[from];
    }

    /// <summary>Drops the last <paramref name="count"/> rows (their contents must have been moved or be unwanted).</summary>
    public void Truncate(int count) => Rows -= count;
}
