using FaceClassifier.Api.Contracts;
using FaceClassifier.Api.Gallery;
using FaceClassifier.Api.Hosting;
using FaceClassifier.Api.RateLimiting;
using FaceClassifier.Api.Security;
using FaceClassifier.Blobs;
using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Quality;
using FaceClassifier.Gallery;
using FaceClassifier.Gallery.Storage;
using FaceClassifier.Gallery.Thumbnails;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.Apis;

/// <summary>The gallery: /api/people. Writes need the API key when one is configured.</summary>
public static class PeopleApi
{
    private const int DefaultPageSize = 100;

    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/people");
        group.MapGet("/", ListAsync).RequireRateLimiting(RateLimitPolicies.Reads);
        group.MapGet("/{id}", GetAsync).RequireRateLimiting(RateLimitPolicies.Reads);
        group.MapPost("/", CreateAsync).RequireRole(KeyRole.Gallery).RequireRateLimiting(RateLimitPolicies.GalleryWrites);
        group.MapPost("/{id}/photos", AddPhotosAsync).RequireRole(KeyRole.Gallery).RequireRateLimiting(RateLimitPolicies.GalleryWrites);
        group.MapPatch("/{id}", RenameAsync).RequireRole(KeyRole.Gallery).RequireRateLimiting(RateLimitPolicies.GalleryWrites);
        group.MapPost("/{id}/merge", MergeAsync).RequireRole(KeyRole.Gallery).RequireRateLimiting(RateLimitPolicies.GalleryWrites);
        group.MapDelete("/{id}", DeleteAsync).RequireRole(KeyRole.Gallery).RequireRateLimiting(RateLimitPolicies.GalleryWrites);
        return app;
    }

    private static async Task<Results<Ok<ListEnvelope<PeoplePageDocument>>, BadRequest<ErrorEnvelope>>> ListAsync(
        HttpRequest request, IGallery gallery, IBlobLinks links, string? limit = null, string? cursor = null, string? name = null)
    {
        var size = DefaultPageSize;
        if (limit is not null && (!int.TryParse(limit, out size) || size is < 1 or > ShardedGallery.MaxPageSize))
        {
            return Envelope.BadRequest($"limit must be a whole number from 1 to {ShardedGallery.MaxPageSize}");
        }

        if (cursor is not null && !PeopleCursor.TryDecode(cursor, out _))
        {
            return Envelope.BadRequest("cursor is not valid: pass the next_cursor of a previous page unchanged");
        }

        var prefix = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (prefix is { Length: > ContactRules.MaxNameLength })
        {
            return Envelope.BadRequest($"name must be at most {ContactRules.MaxNameLength} characters");
        }

        var page = await gallery.ListAsync(size, cursor, prefix);
        var link = Linker(request, links);
        return Envelope.List(new PeoplePageDocument([.. page.People.Select(p => PersonDocument.From(p, link))], page.NextCursor));
    }

    private static async Task<Results<Ok<DataEnvelope<PersonDocument>>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>>> GetAsync(
        string id, HttpRequest request, IGallery gallery, IBlobLinks links)
    {
        if (!Ids.TryParse(id, out var personId))
        {
            return Envelope.BadRequest(Ids.Malformed("id"));
        }

        return await gallery.GetAsync(personId) is { } person
            ? Envelope.Ok(PersonDocument.From(person, Linker(request, links)), person.PersonId)
            : Envelope.NotFound(NoPerson(personId));
    }

    private static async Task<Results<Ok<DataEnvelope<PersonDocument>>, BadRequest<ErrorEnvelope>>> CreateAsync(
        HttpContext context, IGallery gallery, IBlobLinks links, PersonThumbnails thumbnails, IBlobStore blobs, IOptions<UploadOptions> options)
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

        var (described, faceError) = Describe(context, photos!);
        if (faceError is not null)
        {
            return Envelope.BadRequest(faceError);
        }

        // Searched before the enrolment, so the new person is not similar to itself.
        var similar = await SimilarPeople.FindAsync(gallery, described!.Descriptors, self: null, MatcherOptions(context), context.RequestAborted);
        var id = Guid.NewGuid();
        var thumbnail = await thumbnails.CreateAsync(id, described!.FirstImage, described.FirstFace, context.RequestAborted);
        PersonWrite written;
        try
        {
            written = await gallery.EnrolAsync(id, name, described.Descriptors, thumbnail);
        }
        catch
        {
            // No thumbnail without its person.
            await blobs.DeletePrefixAsync(BlobKeys.PersonFolder(id), CancellationToken.None);
            throw;
        }

        return Envelope.Ok(PersonDocument.From(written.Person!, Linker(context.Request, links)) with { SimilarTo = similar }, written.Person!.PersonId);
    }

    private static async Task<Results<Ok<DataEnvelope<PersonDocument>>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>, Conflict<ErrorEnvelope>>> AddPhotosAsync(
        string id, HttpContext context, IGallery gallery, IBlobLinks links, IOptions<UploadOptions> options)
    {
        if (!Ids.TryParse(id, out var personId))
        {
            return Envelope.BadRequest(Ids.Malformed("id"));
        }

        if (await gallery.GetAsync(personId) is null)
        {
            return Envelope.NotFound(NoPerson(personId));
        }

        var (photos, error) = await FacePhotos.ReadAsync(context.Request, "photo", options.Value.MaxPhotoBytes, options.Value.MaxPhotos);
        var (described, faceError) = error is null ? Describe(context, photos!) : (null, error);
        if (faceError is not null)
        {
            return Envelope.BadRequest(faceError);
        }

        var descriptors = described!.Descriptors;
        var similar = await SimilarPeople.FindAsync(gallery, descriptors, self: Ids.Format(personId), MatcherOptions(context), context.RequestAborted);
        var written = await gallery.AddDescriptorsAsync(personId, descriptors);
        return written.Status switch
        {
            PersonWriteStatus.Done => Envelope.Ok(PersonDocument.From(written.Person!, Linker(context.Request, links)) with { SimilarTo = similar }, written.Person!.PersonId),
            PersonWriteStatus.TooManyPhotos => Envelope.Conflict(TooManyPhotos(written.Person, descriptors.Count)),
            _ => Envelope.NotFound(NoPerson(personId)),
        };
    }

    private static async Task<Results<Ok<DataEnvelope<PersonDocument>>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>>> RenameAsync(
        string id, HttpRequest request, IGallery gallery, IBlobLinks links)
    {
        if (!Ids.TryParse(id, out var personId))
        {
            return Envelope.BadRequest(Ids.Malformed("id"));
        }

        var (body, shapeError) = await JsonBody.ReadObjectAsync(request, "the body must be a JSON object with name");
        if (body is null)
        {
            return Envelope.BadRequest(shapeError!);
        }

        string? name;
        using (body)
        {
            (name, var ok) = JsonBody.StringProperty(body.RootElement, "name");
            if (!ok)
            {
                return Envelope.BadRequest("name must be a string");
            }
        }

        if (ContactRules.NameError(name) is { } nameError)
        {
            return Envelope.BadRequest(nameError);
        }

        var written = await gallery.RenameAsync(personId, name!);
        return written.Status == PersonWriteStatus.Done
            ? Envelope.Ok(PersonDocument.From(written.Person!, Linker(request, links)), written.Person!.PersonId)
            : Envelope.NotFound(NoPerson(personId));
    }

    private static async Task<Results<Ok<DataEnvelope<PersonDocument>>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>, Conflict<ErrorEnvelope>>> MergeAsync(
        string id, HttpRequest request, IGallery gallery, IBlobLinks links)
    {
        if (!Ids.TryParse(id, out var into))
        {
            return Envelope.BadRequest(Ids.Malformed("id"));
        }

        var (body, shapeError) = await JsonBody.ReadObjectAsync(request, "the body must be a JSON object with from: the id of the person to merge in");
        if (body is null)
        {
            return Envelope.BadRequest(shapeError!);
        }

        string? fromText;
        using (body)
        {
            (fromText, var ok) = JsonBody.StringProperty(body.RootElement, "from");
            if (!ok || fromText is null)
            {
                return Envelope.BadRequest("from is required: the id of the person to merge in");
            }
        }

        if (!Ids.TryParse(fromText, out var from))
        {
            return Envelope.BadRequest(Ids.Malformed("from"));
        }

        var merged = await gallery.MergeAsync(into, from);
        return merged.Status switch
        {
            MergeStatus.Done => Envelope.Ok(PersonDocument.From(merged.Person!, Linker(request, links)), merged.Person!.PersonId),
            MergeStatus.SamePerson => Envelope.BadRequest("from must be another person than the one merged into"),
            MergeStatus.IntoNotFound => Envelope.NotFound(NoPerson(into)),
            MergeStatus.FromNotFound => Envelope.NotFound(NoPerson(from)),
            _ => Envelope.Conflict($"the merged person would hold more than {GalleryRecords.MaxDescriptorsPerPerson} photos; nothing was changed"),
        };
    }

    private static async Task<Results<Ok<IdEnvelope>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>>> DeleteAsync(
        string id, IGallery gallery)
    {
        if (!Ids.TryParse(id, out var personId))
        {
            return Envelope.BadRequest(Ids.Malformed("id"));
        }

        return await gallery.DeleteAsync(personId)
            ? Envelope.Ok(Ids.Format(personId))
            : Envelope.NotFound(NoPerson(personId));
    }

    // The engine is resolved at the point of use: the request checks before it need none.
    private static (DescribedPhotos? Photos, string? Error) Describe(HttpContext context, IReadOnlyList<byte[]> photos) =>
        FacePhotos.Describe(
            photos,
            context.RequestServices.GetRequiredService<IImageCodec>(),
            context.RequestServices.GetRequiredService<IFaceAnalyzer>(),
            context.RequestServices.GetRequiredService<IOptions<FaceQualityOptions>>().Value);

    private static FaceMatcherOptions MatcherOptions(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<FaceMatcherOptions>>().Value;

    private static Func<string, string> Linker(HttpRequest request, IBlobLinks links)
    {
        var baseUri = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
        return key => links.CreateUrl(baseUri, key);
    }

    private static string TooManyPhotos(PersonRecord? person, int sent) =>
        $"a person holds at most {GalleryRecords.MaxDescriptorsPerPerson} photos; this one has {person?.Photos ?? 0} and {sent} more were sent";

    private static string NoPerson(Guid id) => $"no person with id {Ids.Format(id)}";
}
