namespace FaceClassifier.Engine.Vision.Tracking;

/// <summary>A time range in which a face is on screen, from its first to its last sampled frame.</summary>
public readonly record struct TimeSegment(TimeSpan Start, TimeSpan End);

/// <summary>Joins the time ranges of one face's tracks into the segments a viewer sees.</summary>
public static class TimeSegments
{
    /// <summary>
    /// Sorts the ranges and joins those that overlap or are at most <paramref name="maxGap"/> apart; half a sampling
    /// interval of slack absorbs the rounding of frame timestamps, so a gap of exactly N intervals counts as N.
    /// </summary>
    public static IReadOnlyList<TimeSegment> Merge(IEnumerable<TimeSegment> ranges, TimeSpan maxGap, TimeSpan samplingInterval)
    {
        var joinWithin = maxGap + (samplingInterval / 2);
        var merged = new List<TimeSegment>();
        foreach (var range in ranges.OrderBy(r => r.Start).ThenBy(r => r.End))
        {
            if (merged.Count > 0 && range.Start - merged[^1].End <= joinWithin)
            {
                merged[^1] = merged[^1] with { End = range.End > merged[^1].End ? range.End : merged[^1].End };
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }
}
