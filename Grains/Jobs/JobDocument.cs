using System.Text.Json;

namespace FaceClassifier.Jobs;

/// <summary>
/// The "data" of GET /api/classification/{id} (and of webhook calls); seed fields first. <see cref="ExpiresAt"/>: until when
/// the finished job is kept (null while it runs or when jobs are kept forever).
/// </summary>
public sealed record JobDocument(
    string Name,
    string? VideoFileUrl,
    string? ImageFileUrl,
    string Status,
    string Email,
    string Stage,
    ProgressDocument Progress,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    string Notification,
    string Webhook,
    JobResult? Result,
    DateTimeOffset? ExpiresAt)
{
    /// <summary>Builds the document; <paramref name="link"/> turns a blob key into a signed URL.</summary>
    public static JobDocument From(JobSnapshot job, Func<string, string> link) => new(
        job.Name,
        link(job.VideoKey),
        job.Status == JobStatus.Completed && job.ImageKey is { } image ? link(image) : null,
        JobText.Status(job.Status),
        job.Email,
        JobText.Stage(job.Stage),
        new ProgressDocument(job.Progress.FramesDone, job.Progress.FramesTotal),
        job.Error,
        job.CreatedAt,
        job.CompletedAt,
        JobText.Notification(job.Notification),
        JobText.Webhook(job.Webhook),
        job.Status == JobStatus.Completed && job.Result is { } result ? WithThumbnailUrls(result, link) : null,
        job.ExpiresAt);

    private static JobResult WithThumbnailUrls(JobResult result, Func<string, string> link) => result with
    {
        People = result.People.Select(p => p with { ThumbnailUrl = p.ThumbnailKey is { } key ? link(key) : null }).ToArray(),
        UnknownFaces = result.UnknownFaces.Select(u => u with { ThumbnailUrl = u.ThumbnailKey is { } key ? link(key) : null }).ToArray(),
    };
}

/// <summary>Frames analysed so far out of the expected total.</summary>
public sealed record ProgressDocument(int FramesDone, int FramesTotal);

/// <summary>JSON settings of the REST API and webhooks: snake_case names, nulls written out.</summary>
public static class JobJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        return options;
    }
}
