using FaceClassifier.Api.Contracts;
using FaceClassifier.Api.RateLimiting;
using FaceClassifier.Api.Security;
using FaceClassifier.Gallery.Storage;
using FaceClassifier.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceClassifier.Api.Apis;

/// <summary>The "data" of a face's naming or rejection: the person it is (named) or was (rejected).</summary>
public sealed record FacePersonDocument(string PersonId, string Name);

/// <summary>
/// POST /api/classification/{id}/faces/{face_id}/name and /reject: gallery writes, so they need the API key when one
/// is configured.
/// </summary>
public static class JobFacesApi
{
    public static IEndpointRouteBuilder MapJobFacesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/classification/{id}/faces/{faceId}").RequireRateLimiting(RateLimitPolicies.GalleryWrites);
        group.MapPost("/name", NameAsync).RequireRole(KeyRole.Gallery);
        group.MapPost("/reject", RejectAsync).RequireRole(KeyRole.Gallery);
        return app;
    }

    private static async Task<Results<Ok<DataEnvelope<FacePersonDocument>>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>, Conflict<ErrorEnvelope>>> NameAsync(
        string id, string faceId, HttpRequest request, IGrainFactory grains)
    {
        if (!Ids.TryParse(id, out var jobId))
        {
            return Envelope.BadRequest(Ids.Malformed("id"));
        }

        var (body, shapeError) = await JsonBody.ReadObjectAsync(request, "the body must be a JSON object with name (a new person) or person_id (an existing one)");
        if (body is null)
        {
            return Envelope.BadRequest(shapeError!);
        }

        string? name, personText;
        using (body)
        {
            (name, var nameOk) = JsonBody.StringProperty(body.RootElement, "name");
            (personText, var personOk) = JsonBody.StringProperty(body.RootElement, "person_id");
            if (!nameOk || !personOk)
            {
                return Envelope.BadRequest("name and person_id must be strings");
            }
        }

        if ((name is null) == (personText is null))
        {
            return Envelope.BadRequest("exactly one of name (a new person) or person_id (an existing one) is required");
        }

        Guid? personId = null;
        if (personText is not null)
        {
            if (!Ids.TryParse(personText, out var parsed))
            {
                return Envelope.BadRequest(Ids.Malformed("person_id"));
            }

            personId = parsed;
        }
        else if (ContactRules.NameError(name) is { } nameError)
        {
            return Envelope.BadRequest(nameError);
        }

        var outcome = await grains.GetGrain<IClassificationJob>(jobId).NameFaceAsync(new FaceNaming(faceId, name, personId));
        return outcome.Status switch
        {
            FaceEditStatus.Done => Envelope.Ok(new FacePersonDocument(outcome.PersonId!, outcome.Name!), Ids.Format(jobId)),
            FaceEditStatus.AlreadyNamed => Envelope.Conflict($"face {faceId} is already named {outcome.Name} ({outcome.PersonId}); reject that first to name it otherwise"),
            FaceEditStatus.NoEvidence => Envelope.Conflict($"face {faceId} has no frame good enough to learn from; enrol the person from a photo instead"),
            FaceEditStatus.TooManyPhotos => Envelope.Conflict(
                $"a person holds at most {GalleryRecords.MaxDescriptorsPerPerson} photos; adding this face's {outcome.Detail} good frames would pass that; nothing was changed"),
            _ => Refused(outcome, jobId, faceId, personId),
        };
    }

    private static async Task<Results<Ok<DataEnvelope<FacePersonDocument>>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>, Conflict<ErrorEnvelope>>> RejectAsync(
        string id, string faceId, HttpRequest request, IGrainFactory grains)
    {
        if (!Ids.TryParse(id, out var jobId))
        {
            return Envelope.BadRequest(Ids.Malformed("id"));
        }

        var (body, shapeError) = await JsonBody.ReadObjectAsync(request, "the body must be a JSON object with person_id: the person this face is not");
        if (body is null)
        {
            return Envelope.BadRequest(shapeError!);
        }

        string? personText;
        using (body)
        {
            (personText, var ok) = JsonBody.StringProperty(body.RootElement, "person_id");
            if (!ok || personText is null)
            {
                return Envelope.BadRequest("person_id is required: the person this face is not");
            }
        }

        if (!Ids.TryParse(personText, out var personId))
        {
            return Envelope.BadRequest(Ids.Malformed("person_id"));
        }

        var outcome = await grains.GetGrain<IClassificationJob>(jobId).RejectFaceAsync(faceId, personId);
        return outcome.Status switch
        {
            FaceEditStatus.Done => Envelope.Ok(new FacePersonDocument(outcome.PersonId!, outcome.Name!), Ids.Format(jobId)),
            FaceEditStatus.NotThisPerson => Envelope.Conflict(outcome.PersonId is null
                ? $"face {faceId} is not named in this job; there is nothing to reject"
                : $"face {faceId} is named {outcome.Name} ({outcome.PersonId}), not {Ids.Format(personId)}"),
            _ => Refused(outcome, jobId, faceId, personId),
        };
    }

    private static Results<Ok<DataEnvelope<FacePersonDocument>>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>, Conflict<ErrorEnvelope>> Refused(
        FaceEditOutcome outcome, Guid jobId, string faceId, Guid? personId) => outcome.Status switch
        {
            FaceEditStatus.JobNotFound => Envelope.NotFound($"no classification job with id {Ids.Format(jobId)}"),
            FaceEditStatus.JobNotCompleted => Envelope.Conflict($"classification job {Ids.Format(jobId)} has not completed; its faces can be named once it has"),
            FaceEditStatus.FaceNotFound => Envelope.NotFound($"no face {faceId} in classification job {Ids.Format(jobId)}"),
            FaceEditStatus.PersonNotFound => Envelope.NotFound($"no person with id {(personId is { } p ? Ids.Format(p) : "")}"),
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome.Status}."),
        };
}
