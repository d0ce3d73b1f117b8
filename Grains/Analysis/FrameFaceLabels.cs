using System.Numerics.Tensors;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Tracking;

namespace FaceClassifier.Analysis;

/// <summary>
/// Labels every face of the classified frame that the result knows, not only those whose best frame it is: each face
/// detected in the frame is given to the person or unknown face whose evidence it is closest to, under
/// <paramref name="sameFaceDistance"/>, each at most once and closest pairs first.
/// </summary>
public static class FrameFaceLabels
{
    private const float OverlapIoU = 0.3f;

    /// <param name="labelled">The labels already placed at the stored best boxes of the faces whose best frame this is.</param>
    /// <param name="detected">The faces detected in the frame, with descriptors.</param>
    /// <param name="summary">Who is in the video.</param>
    /// <param name="sameFaceDistance">The distance under which a detected face is taken for a result entry.</param>
    public static IReadOnlyList<FrameLabel> Complete(
        IReadOnlyList<FrameLabel> labelled, IReadOnlyList<AnalyzedFace> detected, VideoFaceSummary summary, float sameFaceDistance)
    {
        var entries = summary.People.Select(p => (Text: p.Name, p.Confidence, Known: true, p.Evidence))
            .Concat(summary.Unknown.Select(u => (Text: u.Label, Confidence: 0f, Known: false, u.Evidence)))
            .ToList();
        var taken = labelled.Select(l => (l.Text, l.Known)).ToHashSet();
        var faces = detected.Where(f => f.Descriptor is not null && !labelled.Any(l => l.Box.IoU(f.Detection.Box) > OverlapIoU)).ToList();

        var pairs = new List<(int Face, int Entry, float Distance)>();
        for (var f = 0; f < faces.Count; f++)
        {
            for (var e = 0; e < entries.Count; e++)
            {
                if (!taken.Contains((entries[e].Text, entries[e].Known)) && Nearest(faces[f].Descriptor!, entries[e].Evidence) is var d && d < sameFaceDistance)
                {
                    pairs.Add((f, e, d));
                }
            }
        }

        var labels = labelled.ToList();
        var usedFaces = new HashSet<int>();
        var usedEntries = new HashSet<int>();
        foreach (var (face, entry, _) in pairs.OrderBy(p => p.Distance))
        {
            if (usedFaces.Contains(face) || usedEntries.Contains(entry))
            {
                continue;
            }

            usedFaces.Add(face);
            usedEntries.Add(entry);
            var (text, confidence, known, _) = entries[entry];
            labels.Add(new FrameLabel(faces[face].Detection.Box, text, confidence, known));
        }

        return labels;
    }

    private static float Nearest(float[] descriptor, IReadOnlyList<float[]> evidence) =>
        evidence.Count == 0 ? float.PositiveInfinity : evidence.Min(e => TensorPrimitives.Distance(descriptor, e));
}
