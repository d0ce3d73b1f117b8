namespace FaceClassifier.Engine.Vision.Matching.Index;

/// <summary>
/// An exact nearest-person index over enrolled descriptors, held as one contiguous float32 matrix
/// (one row per descriptor). Not thread-safe for writes; one writer (a shard grain) owns it.
/// </summary>
public sealed partial class DescriptorIndex
{
    // CONTRACT (implementation by the index helper):
    //   public DescriptorIndex(int dimension = 128, DescriptorScorer? scorer = null)
    //   public int Dimension { get; }
    //   public int Rows { get; }                       descriptors held
    //   public int People { get; }                     people held
    //   public void Set(string personId, string name, IReadOnlyList<float[]> descriptors)   adds or replaces the person (name and rows); empty removes
    //   public bool Rename(string personId, string name)
    //   public bool Remove(string personId)
    //   public bool Contains(string personId)
    //   public IReadOnlyList<GalleryCandidates> Match(IReadOnlyList<float[]> queries)   best and second-best person per query
    //   public long MatrixBytes { get; }               bytes held by the matrix and per-row data
}
