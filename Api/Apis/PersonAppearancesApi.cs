using FaceClassifier.Api.Contracts;
using FaceClassifier.Gallery;
using FaceClassifier.Learning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceClassifier.Api.Apis;

/// <summary>The "data" of GET /api/people/{id}/appearances; Refreshing while a rescan is still due.</summary>
public sealed record AppearancesDocument(IReadOnlyList<AppearanceDocument> Appearances, bool Refreshing, DateTimeOffset? RefreshedAt);

/// <summary>One job in which the person appears, and when.</summary>
public sealed record AppearanceDocument(string JobId, string FaceId, double FirstSeenS, double LastSeenS, IReadOnlyList<Jobs.SegmentResult> Segments);

/// <summary>GET /api/people/{id}/appearances: the stored jobs the person appears in, including jobs processed before they were enrolled.</summary>
public static class PersonAppearancesApi
{
    public static IEndpointRouteBuilder MapPersonAppearancesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/people/{id}/appearances", GetAsync);
        return app;
    }

    private static async Task<Results<Ok<DataEnvelope<AppearancesDocument>>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>>> GetAsync(
        string id, IGallery gallery, IGrainFactory grains)
    {
        if (!Ids.TryParse(id, out var personId))
        {
            return Envelope.BadRequest(Ids.Malformed("id"));
        }

        if (await gallery.GetAsync(personId) is null)
        {
            return Envelope.NotFound($"no person with id {Ids.Format(personId)}");
        }

        var snapshot = await grains.GetGrain<IPersonAppearancesGrain>(personId).GetAsync();
        // TODO(lead, merge with h-thumbs): thumbnail_url from the job's result entry's ThumbnailKey (a signed link as image_file_url).
        var appearances = snapshot.Appearances
            .Select(a => new AppearanceDocument(Ids.Format(a.JobId), a.FaceId, a.FirstSeenS, a.LastSeenS, a.Segments))
            .ToList();
        return Envelope.Ok(new AppearancesDocument(appearances, snapshot.Refreshing, snapshot.RefreshedAt), Ids.Format(personId));
    }
}
