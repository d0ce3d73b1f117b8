namespace FaceClassifier.Analysis;

/// <summary>Splits a video into time ranges for the worker grains.</summary>
public static class ChunkPlan
{
    /// <summary>
    /// Consecutive ranges covering [0, duration), as many as a whole number of rounds of <paramref name="parallel"/>
    /// analyses at once needs with none longer than <paramref name="longest"/>, of equal length on the sampling grid
    /// of <paramref name="framesPerSecond"/> (the last one takes the remainder): no round ends with a core idle behind
    /// one long chunk. One range for an empty or unknown duration.
    /// </summary>
    public static IReadOnlyList<(int Index, TimeSpan Start, TimeSpan End)> Split(TimeSpan duration, TimeSpan longest, int parallel, double framesPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(longest, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(framesPerSecond, 0);
        if (duration <= TimeSpan.Zero)
        {
            return [(0, TimeSpan.Zero, TimeSpan.Zero)];
        }

        var rounds = (int)Math.Ceiling(duration / longest / parallel);
        var step = TimeSpan.FromSeconds(1 / framesPerSecond);
        var size = step * Math.Max(1, Math.Ceiling(duration / (rounds * parallel) / step));
        var count = (int)Math.Ceiling(duration / size);
        return [.. Enumerable.Range(0, count).Select(i => (i, size * i, i == count - 1 ? duration : size * (i + 1)))];
    }

    /// <summary>How many frames sampling at <paramref name="framesPerSecond"/> yields, roughly.</summary>
    public static int EstimateFrames(TimeSpan duration, double framesPerSecond) =>
        Math.Max(1, (int)Math.Ceiling(duration.TotalSeconds * framesPerSecond));
}
