using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace FaceClassifier.Hosting;

/// <summary>Maps the metrics endpoint of a silo host (API or worker).</summary>
public static class MetricsEndpointRouteBuilderExtensions
{
    public const string MetricsPath = "/metrics";

    /// <summary>Maps the Prometheus scraping endpoint at /metrics, for this machine only unless Metrics:AllowRemote.</summary>
    public static IEndpointConventionBuilder MapFaceClassifierMetrics(this IEndpointRouteBuilder app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: MetricsAccess.RefuseRemote, optionsName: null);
}
