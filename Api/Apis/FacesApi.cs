using System.Text.Json.Serialization;
using FaceClassifier.Api.Contracts;
using FaceClassifier.Api.Gallery;
using FaceClassifier.Api.Hosting;
using FaceClassifier.Api.RateLimiting;
using FaceClassifier.Api.Security;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Quality;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.Apis;

/// <summary>A face found by /api/faces/detect with its quality (size, sharpness, pose, score); the descriptor only when asked for.</summary>
public sealed record FaceDocument(
    FaceBox Box,
    float Score,
    IReadOnlyList<Point2> Landmarks,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] float[]? Descriptor,
    FaceQuality Quality);

/// <summary>The faces in one image.</summary>
public sealed record DetectDocument(int Width, int Height, IReadOnlyList<FaceDocument> Faces);

/// <summary>The descriptor of one aligned face chip.</summary>
public sealed record EmbedDocument(float[] Descriptor);

/// <summary>The engine on its own: /api/faces/detect and /api/faces/embed.</summary>
public static class FacesApi
{
    private const int ChipSize = 150;

    public static IEndpointRouteBuilder MapFacesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/faces").RequireRole(KeyRole.Upload).RequireRateLimiting(RateLimitPolicies.Engine);
        group.MapPost("/detect", DetectAsync);
        group.MapPost("/embed", EmbedAsync);
        return app;
    }

    private static async Task<Results<Ok<ListEnvelope<DetectDocument>>, BadRequest<ErrorEnvelope>>> DetectAsync(
        HttpContext context, IOptions<UploadOptions> options, bool descriptors = false)
    {
        var (image, error) = await ReadImageAsync(context, options.Value);
        if (image is null)
        {
            return Envelope.BadRequest(error!);
        }

        var faces = context.RequestServices.GetRequiredService<IFaceAnalyzer>().Analyze(image, descriptors);
        return Envelope.List(new DetectDocument(
            image.Width,
            image.Height,
            faces.Select(f => new FaceDocument(f.Detection.Box, f.Detection.Score, f.Landmarks.Points, descriptors ? f.Descriptor : null, f.Quality)).ToList()));
    }

    private static async Task<Results<Ok<ListEnvelope<EmbedDocument>>, BadRequest<ErrorEnvelope>>> EmbedAsync(
        HttpContext context, IOptions<UploadOptions> options)
    {
        var (image, error) = await ReadImageAsync(context, options.Value);
        if (image is null)
        {
            return Envelope.BadRequest(error!);
        }

        if (image.Width != ChipSize || image.Height != ChipSize)
        {
            return Envelope.BadRequest($"image must be an aligned {ChipSize}x{ChipSize} face chip; got {image.Width}x{image.Height}");
        }

        var descriptor = context.RequestServices.GetRequiredService<IFaceEmbedder>().Embed(image);
        return Envelope.List(new EmbedDocument(descriptor));
    }

    private static async Task<(RgbImage? Image, string? Error)> ReadImageAsync(HttpContext context, UploadOptions options)
    {
        var (files, error) = await FacePhotos.ReadAsync(context.Request, "image", options.MaxPhotoBytes, maxFiles: 1);
        if (files is null)
        {
            return (null, error);
        }

        var codec = context.RequestServices.GetRequiredService<IImageCodec>();
        return FacePhotos.Decode(files[0], codec) is { } image ? (image, null) : (null, "image is not a decodable image");
    }
}
