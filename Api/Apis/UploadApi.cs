using FaceClassifier.Api.Contracts;
using FaceClassifier.Api.Hosting;
using FaceClassifier.Api.RateLimiting;
using FaceClassifier.Api.Security;
using FaceClassifier.Api.Upload;
using FaceClassifier.Blobs;
using FaceClassifier.Engine.Vision;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Hosting;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications.DeadLetters;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Notifications.Webhooks;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.Apis;

/// <summary>POST /api/upload: a video, name and email in; a queued job's id out.</summary>
public static class UploadApi
{
    public static IEndpointRouteBuilder MapUploadApi(this IEndpointRouteBuilder app)
    {
        // Routing matches "/api/upload/" to this template too.
        app.MapPost("/api/upload", UploadAsync).RequireRole(KeyRole.Upload).RequireRateLimiting(RateLimitPolicies.Uploads).RequireFreeDisk();
        return app;
    }

    private static async Task<Results<Ok<IdEnvelope>, BadRequest<ErrorEnvelope>>> UploadAsync(
        HttpContext context, IBlobStore blobs, IGrainFactory grains, IOptions<UploadOptions> options, WebhookTargetPolicy webhookTargets)
    {
        var jobId = Guid.NewGuid();
        var key = BlobKeys.Video(jobId);
        var submitted = false;
        try
        {
            var (form, error) = await UploadFormReader.ReadAsync(context.Request, blobs, key, options.Value.MaxBytes, context.RequestAborted);
            error ??= FormError(form!, webhookTargets);
            if (error is not null)
            {
                return Envelope.BadRequest(error);
            }

            // Resolved here, not as a parameter: the cheap checks above need no video tooling.
            var validator = context.RequestServices.GetRequiredService<IUploadedVideoValidator>();
            VideoFacts video;
            try
            {
                video = await validator.ValidateAsync(await blobs.GetLocalPathAsync(key, context.RequestAborted), context.RequestAborted);
            }
            catch (InvalidVideoException ex)
            {
                return Envelope.BadRequest(ex.Message);
            }

            await grains.GetGrain<IClassificationJob>(jobId)
                .SubmitAsync(new JobSubmission(form!.Name!, form.Email!, key, video, form.WebhookUrl));
            submitted = true;
            return Envelope.Ok(Ids.Format(jobId));
        }
        finally
        {
            if (!submitted)
            {
                await blobs.DeletePrefixAsync(BlobKeys.VideoFolder(jobId), CancellationToken.None);
            }
        }
    }

    private static string? FormError(UploadForm form, WebhookTargetPolicy webhookTargets) =>
        form.FileBytes is null ? "file is required"
        : form.FileBytes == 0 ? "file is empty"
        : ContactRules.NameError(form.Name) ?? ContactRules.EmailError(form.Email) ?? ContactRules.WebhookError(form.WebhookUrl, webhookTargets);
}
