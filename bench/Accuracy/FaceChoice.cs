using FaceClassifier.Engine.Vision.Abstractions;

namespace FaceClassifier.Bench.Accuracy;

/// <summary>
/// Which face of a photo stands for its labelled person: the largest detection box. The labelled photos are portraits,
/// so the largest face is the subject; photos of several people (MULTI) are in no pair and are never probed.
/// </summary>
internal static class FaceChoice
{
    public static int Largest(IReadOnlyList<FaceBox> boxes)
    {
        var best = -1;
        for (var i = 0; i < boxes.Count; i++)
        {
            if (best < 0 || boxes[i].Width * boxes[i].Height > boxes[best].Width * boxes[best].Height)
            {
                best = i;
            }
        }

        return best;
    }
}
