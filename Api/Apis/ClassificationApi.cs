using System.Text.Json;
using FaceClassifier.Api.Contracts;
using FaceClassifier.Api.RateLimiting;
using FaceClassifier.Api.Security;
using FaceClassifier.Blobs;
using FaceClassifier.Jobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceClassifier.Api.Apis;

/// <summary>The "data" of a PUT answer: the contact and the job's notification state after the PUT.</summary>
public sealed record ContactDocument(string Name, string Email, string Status);

/// <summary>GET, PUT and DELETE /api/classification/{id}.</summary>
public static class ClassificationApi
{
    public static IEndpointRouteBuilder MapClassificationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/classification");
        group.MapGet("/{id}", GetAsync).RequireRateLimiting(RateLimitPolicies.Reads);
        group.MapPut("/{id}", PutAsync).RequireRole(KeyRole.Upload).RequireRateLimiting(RateLimitPolicies.Uploads);
        group.MapDelete("/{id}", DeleteAsync).RequireRole(KeyRole.Upload).RequireRateLimiting(RateLimitPolicies.Uploads);
        return app;
    }

    private static async Task<Results<Ok<DataEnvelope<JobDocument>>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>>> GetAsync(
        string id, HttpRequest request, IGrainFactory grains, IBlobLinks links)
    {
        if (!Ids.TryParse(id, out var jobId))
        {
            return Envelope.BadRequest(Ids.Malformed("id"));
        }

        if (await grains.GetGrain<IClassificationJob>(jobId).GetAsync() is not { } job)
        {
            return Envelope.NotFound(NoJob(jobId));
        }

        var baseUri = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
        return Envelope.Ok(JobDocument.From(job, key => links.CreateUrl(baseUri, key)), Ids.Format(jobId));
    }

    private static async Task<Results<Ok<DataEnvelope<ContactDocument>>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>>> PutAsync(
        string id, HttpRequest request, IGrainFactory grains)
    {
        if (!Ids.TryParse(id, out var jobId))
        {
            return Envelope.BadRequest(Ids.Malformed("id"));
        }

        var (update, error) = await ReadUpdateAsync(request);
        if (error is not null)
        {
            return Envelope.BadRequest(error);
        }

        if (await grains.GetGrain<IClassificationJob>(jobId).UpdateContactAsync(update!) is not { } outcome)
        {
            return Envelope.NotFound(NoJob(jobId));
        }

        return Envelope.Ok(new ContactDocument(outcome.Name, outcome.Email, JobText.Notification(outcome.Notification)), Ids.Format(jobId));
    }

    private static async Task<Results<Ok<IdEnvelope>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>>> DeleteAsync(
        string id, IGrainFactory grains)
    {
        if (!Ids.TryParse(id, out var jobId))
        {
            return Envelope.BadRequest(Ids.Malformed("id"));
        }

        return await grains.GetGrain<IClassificationJob>(jobId).DeleteAsync()
            ? Envelope.Ok(Ids.Format(jobId))
            : Envelope.NotFound(NoJob(jobId));
    }

    private static async Task<(ContactUpdate? Update, string? Error)> ReadUpdateAsync(HttpRequest request)
    {
        var (body, shapeError) = await JsonBody.ReadObjectAsync(request, "the body must be a JSON object with name and/or email");
        if (body is null)
        {
            return (null, shapeError);
        }

        using (body)
        {
            var (name, nameOk) = JsonBody.StringProperty(body.RootElement, "name");
            var (email, emailOk) = JsonBody.StringProperty(body.RootElement, "email");
            if (!nameOk || !emailOk)
            {
                return (null, "name and email must be strings");
            }

            if (name is null && email is null)
            {
                return (null, "at least one of name or email is required");
            }

            var error = (name is null ? null : ContactRules.NameError(name)) ?? (email is null ? null : ContactRules.EmailError(email));
            return error is null ? (new ContactUpdate(name, email), null) : (null, error);
        }
    }

    private static string NoJob(Guid id) => $"no classification job with id {Ids.Format(id)}";
}
