namespace FaceClassifier.Aws.Leases;

/// <summary>How long a received message stays invisible (section "Queue"); held messages are extended every third of it.</summary>
public sealed class WorkLeaseOptions
{
    public const string Section = "Queue";

    /// <summary>The visibility timeout of a received message (whole seconds, 1 s to 12 h); a dead holder's messages reappear after it.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The timeout in the whole seconds SQS takes.</summary>
    public int VisibilitySeconds => (int)Math.Ceiling(VisibilityTimeout.TotalSeconds);

    /// <summary>How often held messages are extended.</summary>
    public TimeSpan ExtensionPeriod => VisibilityTimeout / 3;
}
