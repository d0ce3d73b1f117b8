using System.Text.Json;

namespace FaceClassifier.Notifications.Jobs;

/// <summary>The output queue's event: <c>{"type":"job.finished","jobId":"…"}</c>, asking for a finished job's notifications.</summary>
public static class JobFinishedEvent
{
    public const string Type = "job.finished";

    public static string Serialize(Guid jobId) => JsonSerializer.Serialize(new { type = Type, jobId });

    /// <summary>The job the event names, or why the body is not such an event.</summary>
    public static bool TryParse(string? body, out Guid jobId, out string reason)
    {
        jobId = Guid.Empty;
        try
        {
            using var document = JsonDocument.Parse(body ?? "");
            var root = document.RootElement;
            reason = root.ValueKind != JsonValueKind.Object ? "the body is not a JSON object"
                : !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != Type ? $"\"type\" is not \"{Type}\""
                : !root.TryGetProperty("jobId", out var id) || id.ValueKind != JsonValueKind.String || !Guid.TryParse(id.GetString(), out jobId) ? "\"jobId\" is not a job id"
                : "";
        }
        catch (JsonException ex)
        {
            reason = $"the body is not JSON: {ex.Message}";
        }

        return reason.Length == 0;
    }
}
