using FaceClassifier.Api.Contracts;
using FaceClassifier.Api.Gallery;
using FaceClassifier.Api.Hosting;
using FaceClassifier.Api.Security;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Gallery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.Apis;

/// <summary>The gallery: /api/people. Writes need the API key when one is configured.</summary>
public static class PeopleApi
{
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/people");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapPost("/", CreateAsync).RequireApiKey();
        group.MapPost("/{id}/photos", AddPhotosAsync).RequireApiKey();
        group.MapDelete("/{id}", DeleteAsync).RequireApiKey();
        return app;
    }

    private static async Task<Ok<ListEnvelope<IReadOnlyList<PersonRecord>>>> ListAsync(IGrainFactory grains) =>
        Envelope.List(await grains.GetGrain<IGalleryGrain>(0).ListAsync());

    private static async Task<Results<Ok<DataEnvelope<PersonRecord>>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>>> GetAsync(
        string id, IGrainFactory grains)
    {
        if (!Ids.TryParse(id, out var personId))
        {
            return Envelope.BadRequest(Ids.Malformed("id"));
        }

        return await grains.GetGrain<IPersonGrain>(personId).GetAsync() is { } person
            ? Envelope.Ok(person, person.PersonId)
            : Envelope.NotFound(NoPerson(personId));
    }

    private static async Task<Results<Ok<DataEnvelope<PersonRecord>>, BadRequest<ErrorEnvelope>>> CreateAsync(
        HttpContext context, IGrainFactory grains, IOptions<UploadOptions> options)
    {
        var (photos, photoError) = await FacePhotos.ReadAsync(context.Request, "photo", options.Value.MaxPhotoBytes, options.Value.MaxPhotos);
        if (!context.Request.HasFormContentType)
        {
            return Envelope.BadRequest(photoError!);
        }

        var name = context.Request.Form["name"].ToString().Trim();
        var error = ContactRules.NameError(name.Length == 0 ? null : name) ?? photoError;
        if (error is not null)
        {
            return Envelope.BadRequest(error);
        }

        var (descriptors, faceError) = Describe(context, photos!);
        if (faceError is not null)
        {
            return Envelope.BadRequest(faceError);
        }

        var person = await grains.GetGrain<IPersonGrain>(Guid.NewGuid()).CreateAsync(name, descriptors!);
        return Envelope.Ok(person!, person!.PersonId);
    }

    private static async Task<Results<Ok<DataEnvelope<PersonRecord>>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>>> AddPhotosAsync(
        string id, HttpContext context, IGrainFactory grains, IOptions<UploadOptions> options)
    {
        if (!Ids.TryParse(id, out var personId))
        {
            return Envelope.BadRequest(Ids.Malformed("id"));
        }

        var person = grains.GetGrain<IPersonGrain>(personId);
        if (await person.GetAsync() is null)
        {
            return Envelope.NotFound(NoPerson(personId));
        }

        var (photos, error) = await FacePhotos.ReadAsync(context.Request, "photo", options.Value.MaxPhotoBytes, options.Value.MaxPhotos);
        var (descriptors, faceError) = error is null ? Describe(context, photos!) : (null, error);
        if (faceError is not null)
        {
            return Envelope.BadRequest(faceError);
        }

        return await person.AddDescriptorsAsync(descriptors!) is { } updated
            ? Envelope.Ok(updated, updated.PersonId)
            : Envelope.NotFound(NoPerson(personId));
    }

    private static async Task<Results<Ok<IdEnvelope>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>>> DeleteAsync(
        string id, IGrainFactory grains)
    {
        if (!Ids.TryParse(id, out var personId))
        {
            return Envelope.BadRequest(Ids.Malformed("id"));
        }

        return await grains.GetGrain<IPersonGrain>(personId).DeleteAsync()
            ? Envelope.Ok(Ids.Format(personId))
            : Envelope.NotFound(NoPerson(personId));
    }

    // The engine is resolved at the point of use: the request checks before it need none.
    private static (IReadOnlyList<float[]>? Descriptors, string? Error) Describe(HttpContext context, IReadOnlyList<byte[]> photos) =>
        FacePhotos.Describe(
            photos,
            context.RequestServices.GetRequiredService<IImageCodec>(),
            context.RequestServices.GetRequiredService<IFaceAnalyzer>());

    private static string NoPerson(Guid id) => $"no person with id {Ids.Format(id)}";
}
