using FaceClassifier.Api.Contracts;
using FaceClassifier.Api.RateLimiting;
using FaceClassifier.Blobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceClassifier.Api.Apis;

/// <summary>GET /files/{key}?expires=&amp;sig=: stored videos and frames behind signed, expiring links.</summary>
public static class FilesApi
{
    public static IEndpointRouteBuilder MapFilesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(BlobUrlSigner.RoutePrefix + "{**key}", GetAsync).RequireRateLimiting(RateLimitPolicies.Reads);
        return app;
    }

    private static async Task<Results<FileStreamHttpResult, JsonHttpResult<ErrorEnvelope>, NotFound<ErrorEnvelope>>> GetAsync(
        string key, long? expires, string? sig, BlobUrlSigner signer, IBlobStore blobs, HttpContext context)
    {
        switch (expires is { } at ? signer.Check(key, at, sig) : SignedUrlCheck.Invalid)
        {
            case SignedUrlCheck.Expired:
                return Envelope.Error(ApiStatus.Forbidden, "the link has expired");
            case SignedUrlCheck.Invalid:
                return Envelope.Error(ApiStatus.Forbidden, "the link is not valid");
        }

        if (await blobs.OpenReadAsync(key, context.RequestAborted) is not { } stream)
        {
            return Envelope.NotFound("the file no longer exists");
        }

        var type = key.EndsWith(".jpg", StringComparison.Ordinal) ? "image/jpeg" : "application/octet-stream";
        return TypedResults.Stream(stream, type, enableRangeProcessing: stream.CanSeek);
    }
}
