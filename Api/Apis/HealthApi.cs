
namespace FaceClassifier.Api.Apis;

/// <summary>The health answer: {"status": "ok"}.</summary>
public sealed record HealthDocument(string Status);

/// <summary>GET /health for load balancers.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => TypedResults.Ok(new HealthDocument("ok")));
        return app;
    }
}
