using FaceClassifier.Api.Contracts;
using FaceClassifier.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceClassifier.Api.Apis;

/// <summary>One silo as the cluster's membership sees it.</summary>
public sealed record SiloDocument(string Address, string Name, string HostName, string Status, DateTime StartedAt, DateTime LastAliveAt);

/// <summary>The cluster's members, dead ones included: GET /api/admin/cluster (API key when configured).</summary>
public static class ClusterApi
{
    public static IEndpointRouteBuilder MapClusterApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/cluster", ListAsync).RequireRole(KeyRole.Admin);
        return app;
    }

    private static async Task<Ok<ListEnvelope<IReadOnlyList<SiloDocument>>>> ListAsync(IGrainFactory grains)
    {
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetDetailedHosts(onlyActive: false);
        IReadOnlyList<SiloDocument> silos = hosts
            .OrderBy(h => h.StartTime)
            .Select(h => new SiloDocument(h.SiloAddress.ToParsableString(), h.SiloName, h.HostName, Status(h.Status), h.StartTime, h.IAmAliveTime))
            .ToList();
        return Envelope.List(silos);
    }

    private static string Status(SiloStatus status) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());
}
