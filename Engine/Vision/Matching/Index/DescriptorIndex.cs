using System.Numerics.Tensors;

namespace FaceClassifier.Engine.Vision.Matching.Index;

/// <summary>
/// An exact nearest-person index over enrolled descriptors, held as one contiguous float32 matrix
/// (one row per descriptor). Not thread-safe for writes; one writer (a shard grain) owns it. Matches may run
/// concurrently with each other, never with a write.
/// </summary>
public sealed partial class DescriptorIndex
{
    private readonly DescriptorMatrix _matrix;
    private readonly DescriptorScorer _scorer;
    private readonly Dictionary<string, IndexedPerson> _byId = new(StringComparer.Ordinal);
    private readonly List<IndexedPerson> _people = [];

    public DescriptorIndex(int dimension = 128, DescriptorScorer? scorer = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        _matrix = new DescriptorMatrix(dimension);
        _scorer = scorer ?? DescriptorScorer.Shared;
    }

    public int Dimension => _matrix.Dimension;

    /// <summary>Descriptors held.</summary>
    public int Rows => _matrix.Rows;

    /// <summary>People held.</summary>
    public int People => _people.Count;

    /// <summary>Bytes held by the matrix and the per-row data (norms, owners, the 8-bit copy), spare capacity included.</summary>
    public long MatrixBytes => _matrix.Bytes;

    /// <summary>Rows the arrays have room for.</summary>
    internal int Capacity => _matrix.Capacity;

    public bool Contains(string personId) => _byId.ContainsKey(personId);

    /// <summary>Adds or replaces the person (name and descriptors); no descriptors removes it.</summary>
    public void Set(string personId, string name, IReadOnlyList<float[]> descriptors)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(descriptors);
        foreach (var descriptor in descriptors)
        {
            CheckDescriptor(descriptor, nameof(descriptors));
        }

        if (descriptors.Count == 0)
        {
            Remove(personId);
            return;
        }

        if (!_byId.TryGetValue(personId, out var person))
        {
            person = new IndexedPerson(personId, name, _people.Count);
            _byId.Add(personId, person);
            _people.Add(person);
        }

        person.Name = name;
        _matrix.Reserve(Math.Max(0, descriptors.Count - person.Rows.Count));

        // The person's own rows are overwritten in place; only the difference in count moves rows.
        var kept = Math.Min(person.Rows.Count, descriptors.Count);
        for (var i = 0; i < kept; i++)
        {
            _matrix.Write(person.Rows[i], descriptors[i], person.Slot);
        }

        for (var i = kept; i < descriptors.Count; i++)
        {
            person.Rows.Add(_matrix.Append(descriptors[i], person.Slot));
        }

        if (person.Rows.Count > descriptors.Count)
        {
            var excess = person.Rows[descriptors.Count..];
            person.Rows.RemoveRange(descriptors.Count, excess.Count);
            FreeRows(excess);
        }
    }

    public bool Rename(string personId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_byId.TryGetValue(personId, out var person))
        {
            return false;
        }

        person.Name = name;
        return true;
    }

    public bool Remove(string personId)
    {
        if (!_byId.Remove(personId, out var person))
        {
            return false;
        }

        FreeRows(person.Rows);

        // The last person takes the freed slot, so slots stay dense.
        var last = _people[^1];
        if (last != person)
        {
            _people[person.Slot] = last;
            last.Slot = person.Slot;
            foreach (var row in last.Rows)
            {
                _matrix.SetOwner(row, last.Slot);
            }
        }

        _people.RemoveAt(_people.Count - 1);
        return true;
    }

    private void CheckDescriptor(float[] descriptor, string parameter)
    {
        ArgumentNullException.ThrowIfNull(descriptor, parameter);
        if (descriptor.Length != Dimension)
        {
            throw new ArgumentException($"A descriptor has {descriptor.Length} values; this index holds {Dimension}-d descriptors.", parameter);
        }

        if (!TensorPrimitives.IsFiniteAll<float>(descriptor))
        {
            throw new ArgumentException("A descriptor holds a NaN or infinite value.", parameter);
        }
    }
}
