using FaceClassifier.Api.OpenApi;
using Orleans.Dashboard;

namespace FaceClassifier.Api.WebUi;

/// <summary>The browser-facing parts: web pages, the Orleans dashboard, the OpenAPI document and its reference.</summary>
public static class WebUiHosting
{
    public const string DashboardPath = "/dashboard";

    /// <summary>Adds the dashboard to the co-hosted silo and the OpenAPI generator.</summary>
    public static WebApplicationBuilder AddWebUi(this WebApplicationBuilder builder)
    {
        // UseOrleans adds to the silo builder the service set already has, so this composes with the API's own call.
        builder.UseOrleans(silo => silo.AddDashboard());
        builder.Services.AddOptions<DashboardAccessOptions>().BindConfiguration(DashboardAccessOptions.Section);
        builder.Services.AddSingleton<DashboardAccessFilter>();
        builder.Services.AddApiDocumentation();
        return builder;
    }

    /// <summary>Maps the pages and their assets, /dashboard, /openapi/v1.json and /docs.</summary>
    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.UseWebAssets();
        app.MapWebPages();
        app.MapOrleansDashboard(DashboardPath).AddEndpointFilter<RouteGroupBuilder, DashboardAccessFilter>().ExcludeFromDescription();
        app.MapApiDocumentation();
        return app;
    }
}
