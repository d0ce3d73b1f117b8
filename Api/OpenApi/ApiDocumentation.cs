using Scalar.AspNetCore;

namespace FaceClassifier.Api.OpenApi;

/// <summary>The OpenAPI document at /openapi/v1.json and its browsable reference at /docs.</summary>
public static class ApiDocumentation
{
    public const string DocumentName = "v1";
    public const string DocumentRoute = "/openapi/{documentName}.json";
    public const string ReferencePath = "/docs";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer<ApiDocumentTransformer>();
            options.AddOperationTransformer<EnvelopeOperationTransformer>();
            options.AddOperationTransformer<RateLimitOperationTransformer>();
            options.AddSchemaTransformer<JobStateSchemaTransformer>();
        });
        return services;
    }

    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi(DocumentRoute);

        // Scalar's script is served from the package itself. Nothing that needs the internet (fonts, telemetry, AI chat,
        // the hosted toolbar) is switched on, so /docs works offline.
        app.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("FaceClassifier API")
            .WithOpenApiRoutePattern(DocumentRoute)
            .AddDocument(DocumentName)
            .AddPreferredSecuritySchemes([ApiDocumentTransformer.ApiKeyScheme])
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .WithDotNetFlag(false));
        return app;
    }
}
