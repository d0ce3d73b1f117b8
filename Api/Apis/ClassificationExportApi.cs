using FaceClassifier.Api.Contracts;
using FaceClassifier.Api.Export;
using FaceClassifier.Api.RateLimiting;
using FaceClassifier.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceClassifier.Api.Apis;

/// <summary>GET /api/classification/{id}/result.vtt and result.csv: a finished job's segments as subtitles or a table.</summary>
/// <remarks>Open to whoever has the job's id, as GET /api/classification/{id} is.</remarks>
public static class ClassificationExportApi
{
    public static IEndpointRouteBuilder MapClassificationExportApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/classification").RequireRateLimiting(RateLimitPolicies.Reads);
        group.MapGet("/{id}/result.vtt", (string id, IGrainFactory grains) => ExportAsync(id, grains, WebVttFormat.Write, WebVttFormat.ContentType));
        group.MapGet("/{id}/result.csv", (string id, IGrainFactory grains) => ExportAsync(id, grains, CsvFormat.Write, CsvFormat.ContentType));
        return app;
    }

    private static async Task<Results<ContentHttpResult, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>, Conflict<ErrorEnvelope>>> ExportAsync(
        string id, IGrainFactory grains, Func<IEnumerable<SegmentRow>, string> write, string contentType)
    {
        if (!Ids.TryParse(id, out var jobId))
        {
            return Envelope.BadRequest(Ids.Malformed("id"));
        }

        if (await grains.GetGrain<IClassificationJob>(jobId).GetAsync() is not { } job)
        {
            return Envelope.NotFound($"no classification job with id {Ids.Format(jobId)}");
        }

        if (job.Status != JobStatus.Completed || job.Result is not { } result)
        {
            return Envelope.Conflict(NoResult(job));
        }

        return TypedResults.Text(write(SegmentRow.From(result)), contentType);
    }

    private static string NoResult(JobSnapshot job) => job.Status == JobStatus.Error
        ? $"classification job {Ids.Format(job.Id)} has no result: it failed (status {JobText.Status(job.Status)})"
        : $"classification job {Ids.Format(job.Id)} is not finished yet (status {JobText.Status(job.Status)})";
}
