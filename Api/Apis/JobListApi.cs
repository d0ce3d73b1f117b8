using FaceClassifier.Api.Contracts;
using FaceClassifier.Api.Jobs;
using FaceClassifier.Api.RateLimiting;
using FaceClassifier.Api.Security;
using FaceClassifier.Jobs.Index;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceClassifier.Api.Apis;

/// <summary>GET /api/classification: the jobs list, newest first, a page at a time. Needs a key with the gallery role when keys are configured.</summary>
public static class JobListApi
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapJobListApi(this IEndpointRouteBuilder app)
    {
        // The list shows every user's name and job, so it is not for anyone who can reach the upload form.
        app.MapGet("/api/classification", ListAsync).RequireRole(KeyRole.Gallery).RequireRateLimiting(RateLimitPolicies.Reads);
        return app;
    }

    private static async Task<Results<Ok<ListEnvelope<JobsPageDocument>>, BadRequest<ErrorEnvelope>>> ListAsync(
        IJobIndex index, HttpContext context, string? limit = null, string? cursor = null)
    {
        var size = DefaultPageSize;
        if (limit is not null && (!int.TryParse(limit, out size) || size is < 1 or > MaxPageSize))
        {
            return Envelope.BadRequest($"limit must be a whole number from 1 to {MaxPageSize}");
        }

        JobIndexPosition? after = null;
        if (cursor is not null)
        {
            if (!JobsCursor.TryDecode(cursor, out var position))
            {
                return Envelope.BadRequest("cursor is not valid: pass the next_cursor of a previous page unchanged");
            }

            after = position;
        }

        var page = await index.ReadPageAsync(size, after, context.RequestAborted);
        return Envelope.List(new JobsPageDocument(
            [.. page.Jobs.Select(JobSummaryDocument.From)], page.Next is { } next ? JobsCursor.Encode(next) : null));
    }
}
