using FaceClassifier.Api.Contracts;
using FaceClassifier.Api.Gallery;
using FaceClassifier.Api.Hosting;
using FaceClassifier.Api.RateLimiting;
using FaceClassifier.Api.Security;
using FaceClassifier.Api.Upload;
using FaceClassifier.Blobs;
using FaceClassifier.Gallery;
using FaceClassifier.Gallery.Imports;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.Apis;

/// <summary>
/// Bulk import into the gallery: POST /api/people/import streams an archive (zip or tar, one folder per person) to
/// storage and answers 202; a grain imports it in the background; GET /api/people/imports/{id} tells how far it is.
/// </summary>
public static class PeopleImportApi
{
    private const string Field = "archive";

    public static IEndpointRouteBuilder MapPeopleImportApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/people/import", ImportAsync).RequireRole(KeyRole.Gallery).RequireRateLimiting(RateLimitPolicies.GalleryWrites).RequireFreeDisk();
        app.MapGet("/api/people/imports/{id}", GetAsync).RequireRateLimiting(RateLimitPolicies.Reads);
        return app;
    }

    private static async Task<Results<Accepted<IdEnvelope>, BadRequest<ErrorEnvelope>>> ImportAsync(
        HttpContext context, IBlobStore blobs, IGrainFactory grains, IOptions<UploadOptions> options)
    {
        var maxBytes = options.Value.MaxImportBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + ApiWebApplicationBuilderExtensions.MultipartFraming;
        }

        var importId = Guid.NewGuid();
        var key = BlobKeys.ImportArchive(importId);
        var started = false;
        try
        {
            var (upload, error) = await MultipartUploadReader.ReadAsync(context.Request, blobs, (Field, key, maxBytes), [], context.RequestAborted);
            error ??= upload!.FileBytes switch
            {
                null => $"{Field} is required",
                0 => $"{Field} is empty",
                _ => await FormatAsync(blobs, key, context.RequestAborted) is null ? $"{Field} is neither a zip nor a tar file" : null,
            };
            if (error is not null)
            {
                return Envelope.BadRequest(error);
            }

            await grains.GetGrain<IGalleryImportGrain>(importId).StartAsync(key);
            started = true;
            var id = Ids.Format(importId);
            return Envelope.Accepted(id, $"/api/people/imports/{id}");
        }
        finally
        {
            if (!started)
            {
                await blobs.DeletePrefixAsync(BlobKeys.ImportFolder(importId), CancellationToken.None);
            }
        }
    }

    private static async Task<Results<Ok<DataEnvelope<ImportDocument>>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>>> GetAsync(
        string id, IGrainFactory grains)
    {
        if (!Ids.TryParse(id, out var importId))
        {
            return Envelope.BadRequest(Ids.Malformed("id"));
        }

        return await grains.GetGrain<IGalleryImportGrain>(importId).GetAsync() is { } progress
            ? Envelope.Ok(ImportDocument.From(progress), Ids.Format(importId))
            : Envelope.NotFound($"no import with id {Ids.Format(importId)}");
    }

    // By content, never by the client's file name.
    private static async Task<ArchiveFormat?> FormatAsync(IBlobStore blobs, string key, CancellationToken cancellationToken)
    {
        await using var stream = await blobs.OpenReadAsync(key, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        var head = new byte[ArchiveFormats.HeadBytes];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return ArchiveFormats.Detect(head.AsSpan(0, read));
    }
}
