using FaceClassifier.Api.OpenApi;
using Orleans.Dashboard;

namespace FaceClassifier.Api.WebUi;

/// <summary>Adds the browser-facing parts: the Orleans dashboard and the OpenAPI document.</summary>
public static class WebUiWebApplicationBuilderExtensions
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
}
