using System.Text;
using System.Text.Json;

namespace FaceClassifier.Metrics;

/// <summary>One reading of the cluster for the CloudWatch line.</summary>
public readonly record struct ClusterSample(QueueBacklog Backlog, int ActiveSilos)
{
    public double BacklogPerInstance => BacklogRatio.PerInstance(Backlog, ActiveSilos);
}

/// <summary>
/// Formats a <see cref="ClusterSample"/> as one CloudWatch embedded-metric-format (EMF) JSON line: the "_aws"
/// directive names the namespace, the dimension set and the metrics, whose values sit at the top level.
/// </summary>
public static class EmfLine
{
    public const string Dimension = "AutoScalingGroupName";

    public static string Format(ClusterSample sample, string @namespace, string? autoScalingGroup, DateTimeOffset at)
    {
        var hasGroup = !string.IsNullOrWhiteSpace(autoScalingGroup);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("_aws");
            json.WriteNumber("Timestamp", at.ToUnixTimeMilliseconds());
            json.WriteStartArray("CloudWatchMetrics");
            json.WriteStartObject();
            json.WriteString("Namespace", @namespace);
            json.WriteStartArray("Dimensions");
            json.WriteStartArray();
            if (hasGroup)
            {
                json.WriteStringValue(Dimension);
            }

            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteStartArray("Metrics");
            Metric(json, "backlog_per_instance", "None");
            Metric(json, "queue_visible", "Count");
            Metric(json, "queue_in_flight", "Count");
            Metric(json, "silos_active", "Count");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            if (hasGroup)
            {
                json.WriteString(Dimension, autoScalingGroup);
            }

            json.WriteNumber("backlog_per_instance", sample.BacklogPerInstance);
            json.WriteNumber("queue_visible", sample.Backlog.Visible);
            json.WriteNumber("queue_in_flight", sample.Backlog.InFlight);
            json.WriteNumber("silos_active", sample.ActiveSilos);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Metric(Utf8JsonWriter json, string name, string unit)
    {
        json.WriteStartObject();
        json.WriteString("Name", name);
        json.WriteString("Unit", unit);
        json.WriteEndObject();
    }
}
