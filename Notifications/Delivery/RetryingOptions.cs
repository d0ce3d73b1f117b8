namespace FaceClassifier.Notifications.Delivery;

/// <summary>How a kind of notification is retried: attempts, doubling backoff and a per-attempt timeout.</summary>
public abstract class RetryingOptions
{
    /// <summary>Delivery attempts, the first included, before the notification goes to the dead-letter store.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before the second attempt; every later wait doubles.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest single wait, also the cap for a receiver's <c>Retry-After</c>.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Spread each wait by ±25% at random so deliveries that failed together do not retry together.</summary>
    public bool Jitter { get; set; } = true;

    /// <summary>How long one attempt may take before it counts as failed.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The retry policy these settings describe.</summary>
    public RetryPolicy ToPolicy() => new(MaxAttempts, InitialBackoff, MaxBackoff, Jitter);

    internal IEnumerable<string> Validate(string section)
    {
        if (MaxAttempts is < 1 or > 20)
        {
            yield return $"{section}:MaxAttempts must be between 1 and 20 (is {MaxAttempts}).";
        }
        if (InitialBackoff <= TimeSpan.Zero)
        {
            yield return $"{section}:InitialBackoff must be positive, e.g. 00:00:01 (is {InitialBackoff}).";
        }
        if (MaxBackoff < InitialBackoff)
        {
            yield return $"{section}:MaxBackoff ({MaxBackoff}) must not be shorter than {section}:InitialBackoff ({InitialBackoff}).";
        }
        if (AttemptTimeout <= TimeSpan.Zero || AttemptTimeout > TimeSpan.FromMinutes(10))
        {
            yield return $"{section}:AttemptTimeout must be between 00:00:00.001 and 00:10:00 (is {AttemptTimeout}).";
        }
    }
}
