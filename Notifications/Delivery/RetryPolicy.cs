namespace FaceClassifier.Notifications.Delivery;

/// <summary>Attempts and exponential backoff for one kind of notification.</summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan InitialBackoff, TimeSpan MaxBackoff, bool Jitter)
{
    private const double JitterSpread = 0.25;

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based) before the next one.</summary>
    public TimeSpan DelayAfter(int attempt, TimeSpan? retryAfter, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var doubling = Math.Pow(2, Math.Min(attempt - 1, 30));
        var ticks = Math.Min(InitialBackoff.Ticks * doubling, MaxBackoff.Ticks);
        if (Jitter)
        {
            ticks *= 1 + ((random.NextDouble() * 2) - 1) * JitterSpread;
        }
        var delay = TimeSpan.FromTicks((long)ticks);
        // A receiver that says when to come back is believed, within MaxBackoff.
        if (retryAfter is { } after && after > delay)
        {
            delay = after < MaxBackoff ? after : MaxBackoff;
        }
        return delay;
    }
}
