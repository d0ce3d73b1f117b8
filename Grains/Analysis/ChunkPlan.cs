namespace FaceClassifier.Analysis;

/// <summary>Splits a video into time ranges for the worker grains.</summary>
public static class ChunkPlan
{
    /// <summary>Consecutive ranges of at most <paramref name="chunk"/> covering [0, duration); one range for an empty or unknown duration.</summary>
    public static IReadOnlyList<(int Index, TimeSpan Start, TimeSpan End)> Split(TimeSpan duration, TimeSpan chunk)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(chunk, TimeSpan.Zero);
        if (duration <= TimeSpan.Zero)
        {
            return [(0, TimeSpan.Zero, TimeSpan.Zero)];
        }

        var count = (int)Math.Ceiling(duration / chunk);
        return [.. Enumerable.Range(0, count).Select(i => (i, chunk * i, i == count - 1 ? duration : chunk * (i + 1)))];
    }

    /// <summary>How many frames sampling at <paramref name="framesPerSecond"/> yields, roughly.</summary>
    public static int EstimateFrames(TimeSpan duration, double framesPerSecond) =>
        Math.Max(1, (int)Math.Ceiling(duration.TotalSeconds * framesPerSecond));
}
