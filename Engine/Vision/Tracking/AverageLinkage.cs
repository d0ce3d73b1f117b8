namespace FaceClassifier.Engine.Vision.Tracking;

/// <summary>Agglomerative clustering with average linkage (UPGMA).</summary>
/// <remarks>
/// Keeps the full distance matrix and merges the closest pair until it is at least the threshold apart, updating with
/// the Lance-Williams rule; O(n³) time and O(n²) memory, fine for the hundreds of tracks of a video. An infinite
/// distance (a cannot-link) stays infinite through every merge, so such items never end up together.
/// </remarks>
internal static class AverageLinkage
{
    /// <summary>The clusters as sorted member indices, ordered by their smallest member; ties merge the lowest pair first.</summary>
    public static List<List<int>> Cluster(int count, Func<int, int, float> distance, float threshold)
    {
        var d = new float[count, count];
        for (var i = 0; i < count; i++)
        {
            for (var j = i + 1; j < count; j++)
            {
                d[i, j] = d[j, i] = distance(i, j);
            }
        }

        var members = Enumerable.Range(0, count).Select(i => new List<int> { i }).ToList();
        var alive = Enumerable.Repeat(true, count).ToArray();
        while (Closest(d, alive, threshold) is var (a, b))
        {
            for (var k = 0; k < count; k++)
            {
                if (alive[k] && k != a && k != b)
                {
                    d[a, k] = d[k, a] = (members[a].Count * d[a, k] + members[b].Count * d[b, k]) / (members[a].Count + members[b].Count);
                }
            }

            members[a].AddRange(members[b]);
            alive[b] = false;
        }

        return [.. Enumerable.Range(0, count).Where(i => alive[i]).Select(i => members[i].Order().ToList())];
    }

    private static (int A, int B)? Closest(float[,] d, bool[] alive, float threshold)
    {
        (int, int)? best = null;
        var bestDistance = threshold;
        for (var i = 0; i < alive.Length; i++)
        {
            for (var j = i + 1; alive[i] && j < alive.Length; j++)
            {
                if (alive[j] && d[i, j] < bestDistance)
                {
                    bestDistance = d[i, j];
                    best = (i, j);
                }
            }
        }

        return best;
    }
}
