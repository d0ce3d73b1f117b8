using FaceClassifier.Api.Contracts;
using FaceClassifier.Api.Security;
using FaceClassifier.Notifications.DeadLetters;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FaceClassifier.Api.Apis;

/// <summary>What a replay did: "delivered" or "still failing".</summary>
public sealed record ReplayDocument(string Id, string Result, DeadLetterInfo Letter);

/// <summary>Dead-lettered notifications: /api/admin/dead-letters (API key when configured).</summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/dead-letters").RequireRole(KeyRole.Admin);
        group.MapGet("/", ListAsync);
        group.MapPost("/{id}/replay", ReplayAsync);
        return app;
    }

    private static async Task<Ok<ListEnvelope<IReadOnlyList<DeadLetterInfo>>>> ListAsync(HttpContext context, CancellationToken cancellationToken) =>
        Envelope.List(await Admin(context).ListAsync(cancellationToken));

    private static async Task<Results<Ok<DataEnvelope<ReplayDocument>>, NotFound<ErrorEnvelope>>> ReplayAsync(string id, HttpContext context)
    {
        var (status, letter) = await Admin(context).ReplayAsync(id, context.RequestAborted);
        if (letter is null)
        {
            return Envelope.NotFound($"no dead letter with id {id}");
        }

        var text = status == ReplayStatus.Delivered ? "delivered" : "still failing";
        return Envelope.Ok(new ReplayDocument(letter.Id, text, letter), letter.Id);
    }

    private static IDeadLetterAdmin Admin(HttpContext context) => context.RequestServices.GetRequiredService<IDeadLetterAdmin>();
}
