using FaceClassifier.Engine.Vision.Matching;

namespace FaceClassifier.Tests.Engine.Vision.Matching.Index;

/// <summary>The obvious reference for an index: every person's distance to a query, sorted by distance then id.</summary>
internal sealed class BruteForceGallery
{
    private readonly Dictionary<string, (string Name, float[][] Descriptors)> _people = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Ids => _people.Keys;

    public int Rows => _people.Values.Sum(p => p.Descriptors.Length);

    public void Set(string id, string name, float[][] descriptors) => _people[id] = (name, descriptors);

    public void Remove(string id) => _people.Remove(id);

    public GalleryCandidates Match(float[] query)
    {
        var all = new List<GalleryCandidate>(_people.Count);
        foreach (var (id, (name, descriptors)) in _people)
        {
            var nearest = float.PositiveInfinity;
            foreach (var descriptor in descriptors)
            {
                nearest = MathF.Min(nearest, DescriptorMath.Distance(query, descriptor));
            }

            all.Add(new GalleryCandidate(id, name, nearest));
        }

        all.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.PersonId, b.PersonId));
        return new GalleryCandidates(all.Count > 0 ? all[0] : null, all.Count > 1 ? all[1] : null)
        {
            Comparisons = all.Count == 0 ? 0 : Rows,
        };
    }

    /// <summary>Gaussian coordinates (a uniformly random direction) scaled to <paramref name="norm"/>.</summary>
    public static float[] RandomDescriptor(Random random, float norm = 1f, int dimension = 128)
    {
        var v = new float[dimension];
        for (var i = 0; i < dimension; i++)
        {
            v[i] = (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        }

        var scale = norm / MathF.Sqrt(v.Sum(x => x * x));
        return [.. v.Select(x => x * scale)];
    }

    /// <summary><paramref name="centre"/> moved by a random offset of length <paramref name="distance"/>.</summary>
    public static float[] Near(float[] centre, Random random, float distance) =>
        [.. centre.Zip(RandomDescriptor(random, distance, centre.Length), (a, b) => a + b)];
}
