namespace FaceClassifier.Engine.Vision.Matching;

/// <summary>Turns a descriptor distance into a confidence in [0,1].</summary>
public static class MatchConfidence
{
    // With 4, typical same-person distances (0.3-0.4) score 0.94-0.84 and typical strangers (0.8+) 0.24 or less.
    private const float Steepness = 4;

    /// <summary>1 / (1 + (distance / threshold)^4): 1 at distance 0, 0.5 at the threshold, towards 0 far away, strictly decreasing.</summary>
    public static float FromDistance(float distance, float threshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        if (float.IsNaN(distance) || distance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(distance), distance, "A distance is a non-negative number.");
        }

        var ratio = distance / threshold;
        return 1 / (1 + MathF.Pow(ratio, Steepness));
    }
}
