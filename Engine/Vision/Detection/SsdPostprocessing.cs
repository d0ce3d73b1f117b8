namespace FaceClassifier.Engine.Vision.Detection;

/// <summary>Scores and box encodings of all anchors → the kept faces, as face-api's locateFaces does it.</summary>
internal static class SsdPostprocessing
{
    /// <summary>
    /// Candidates with score &gt; minScore, best first (ties in anchor order), go through face-api's
    /// greedy NMS: a candidate is kept if its IoU with every kept box is ≤ iouThreshold. Only
    /// candidates get decoded.
    /// </summary>
    public static List<(SsdBox Box, float Score)> SelectFaces(
        ReadOnlySpan<float> anchors, ReadOnlySpan<float> encodings, ReadOnlySpan<float> scores,
        float minScore, float iouThreshold, int maxResults)
    {
        var candidates = new List<(int Index, float Score)>();
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] > minScore)
            {
                candidates.Add((i, scores[i]));
            }
        }

        candidates.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Index.CompareTo(b.Index));

        var kept = new List<(SsdBox Box, float Score)>();
        foreach (var (index, score) in candidates)
        {
            if (kept.Count >= maxResults)
            {
                break;
            }

            var box = SsdBox.Decode(anchors.Slice(index * 4, 4), encodings.Slice(index * 4, 4));
            if (!OverlapsKept(box, kept, iouThreshold))
            {
                kept.Add((box, score));
            }
        }

        return kept;
    }

    private static bool OverlapsKept(SsdBox box, List<(SsdBox Box, float Score)> kept, float iouThreshold)
    {
        foreach (var (other, _) in kept)
        {
            if (SsdBox.IoU(box, other) > iouThreshold)
            {
                return true;
            }
        }

        return false;
    }
}
