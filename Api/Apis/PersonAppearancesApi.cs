using FaceClassifier.Api.Contracts;
using FaceClassifier.Api.RateLimiting;
using FaceClassifier.Blobs;
using FaceClassifier.Gallery;
using FaceClassifier.Jobs;
using FaceClassifier.Learning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceClassifier.Api.Apis;

/// <summary>The "data" of GET /api/people/{id}/appearances; Refreshing while a rescan is still due.</summary>
public sealed record AppearancesDocument(IReadOnlyList<AppearanceDocument> Appearances, bool Refreshing, DateTimeOffset? RefreshedAt);

/// <summary>One job in which the person appears, and when.</summary>
public sealed record AppearanceDocument(
    string JobId, string FaceId, double FirstSeenS, double LastSeenS, IReadOnlyList<SegmentResult> Segments, string? ThumbnailUrl);

/// <summary>GET /api/people/{id}/appearances: the stored jobs the person appears in, including jobs processed before they were enrolled.</summary>
public static class PersonAppearancesApi
{
    public static IEndpointRouteBuilder MapPersonAppearancesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/people/{id}/appearances", GetAsync).RequireRateLimiting(RateLimitPolicies.Reads);
        return app;
    }

    private static async Task<Results<Ok<DataEnvelope<AppearancesDocument>>, BadRequest<ErrorEnvelope>, NotFound<ErrorEnvelope>>> GetAsync(
        string id, HttpRequest request, IGallery gallery, IGrainFactory grains, IBlobLinks links)
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
        var thumbnails = await ThumbnailKeysAsync(grains, snapshot.Appearances.Select(a => a.JobId).Distinct());
        var baseUri = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
        var appearances = snapshot.Appearances
            .Select(a => new AppearanceDocument(
                Ids.Format(a.JobId), a.FaceId, a.FirstSeenS, a.LastSeenS, a.Segments,
                thumbnails.GetValueOrDefault((a.JobId, a.FaceId)) is { } key ? links.CreateUrl(baseUri, key) : null))
            .ToList();
        return Envelope.Ok(new AppearancesDocument(appearances, snapshot.Refreshing, snapshot.RefreshedAt), Ids.Format(personId));
    }

    /// <summary>Each listed job's faces' thumbnail keys, from the jobs' results (the face archive holds no pictures).</summary>
    private static async Task<Dictionary<(Guid Job, string Face), string>> ThumbnailKeysAsync(IGrainFactory grains, IEnumerable<Guid> jobs)
    {
        var snapshots = await Task.WhenAll(jobs.Select(j => grains.GetGrain<IClassificationJob>(j).GetAsync()));
        var keys = new Dictionary<(Guid, string), string>();
        foreach (var job in snapshots.OfType<JobSnapshot>().Where(s => s.Result is not null))
        {
            var entries = job.Result!.People.Select(p => (p.FaceId, p.ThumbnailKey)).Concat(job.Result.UnknownFaces.Select(u => (u.FaceId, u.ThumbnailKey)));
            foreach (var (face, key) in entries.Where(e => e.ThumbnailKey is not null))
            {
                keys[(job.Id, face)] = key!;
            }
        }

        return keys;
    }
}
