using FaceClassifier.Api.OpenApi;
using Orleans.Dashboard;

namespace FaceClassifier.Api.WebUi;

/// <summary>Maps the browser-facing parts: web pages, the Orleans dashboard, the OpenAPI document and its reference.</summary>
public static class WebUiWebApplicationExtensions
{
    /// <summary>Maps the pages and their assets, /dashboard, /openapi/v1.json and /docs.</summary>
    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.UseWebAssets();
        app.MapWebPages();
        app.MapOrleansDashboard(WebUiWebApplicationBuilderExtensions.DashboardPath).AddEndpointFilter<RouteGroupBuilder, DashboardAccessFilter>().ExcludeFromDescription();
        app.MapApiDocumentation();
        return app;
    }
}
