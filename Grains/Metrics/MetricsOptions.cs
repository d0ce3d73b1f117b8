namespace FaceClassifier.Metrics;

/// <summary>The metrics endpoint, how long cluster readings are kept, and the CloudWatch line (section "Metrics").</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Where the worker silo's small HTTP listener (/metrics and /health) binds.</summary>
    public const string DefaultUrls = "http://127.0.0.1:9464";

    /// <summary>The worker silo's listener addresses (the API serves /metrics on its own port).</summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>
    /// /metrics answers only on this machine by default (it names queues and counts); true opens it to other
    /// clients, e.g. a Prometheus server on another host inside a private network.
    /// </summary>
    public bool AllowRemote { get; set; }

    /// <summary>How long a queue or job-count reading is reused, so scrapes do not call SQS or the statistics grain each time.</summary>
    public TimeSpan ReadingLifetime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The CloudWatch namespace of the embedded-metric-format line; empty turns the line off.</summary>
    public string? CloudWatchNamespace { get; set; }

    /// <summary>How often the cluster's oldest silo writes the line.</summary>
    public TimeSpan CloudWatchInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The Auto Scaling group, written as the metrics' one dimension when set.</summary>
    public string? AutoScalingGroupName { get; set; }

    /// <summary>The file the line is appended to; relative paths are under the data folder.</summary>
    public string CloudWatchLogPath { get; set; } = Path.Combine("logs", "cloudwatch-emf.log");
}
