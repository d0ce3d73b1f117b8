namespace FaceClassifier.Engine.Vision.Matching.Index;

public sealed partial class DescriptorIndex
{
    /// <summary>
    /// Frees <paramref name="rows"/> (no person lists them any more) by moving the last live rows into the
    /// ones below the new end, so the matrix stays dense without a rebuild.
    /// </summary>
    private void FreeRows(IReadOnlyList<int> rows)
    {
        var end = _matrix.Rows - rows.Count;
        var freed = new HashSet<int>(rows);
        var source = _matrix.Rows - 1;
        foreach (var hole in rows)
        {
            if (hole >= end)
            {
                continue;
            }

            while (freed.Contains(source))
            {
                source--;
            }

            _matrix.Move(source, hole);
            var owner = _people[_matrix.Owner(hole)].Rows;
            owner[owner.IndexOf(source)] = hole;
            source--;
        }

        _matrix.Truncate(rows.Count);
    }
}
