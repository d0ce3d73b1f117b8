using System.Diagnostics.Metrics;
using FaceClassifier.Analysis;
using FaceClassifier.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace FaceClassifier.Hosting;

/// <summary>OpenTelemetry metrics for a silo host (API or worker): the FaceClassifier meters, Orleans' own, a Prometheus endpoint.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The meters exported: ours ("FaceClassifier.Jobs", ".Analysis", ".Notifications", ".Cluster") and Orleans'.</summary>
    public static readonly string[] Meters = ["FaceClassifier.*", "Microsoft.Orleans"];

    /// <summary>The cluster gauges, the CloudWatch line and the exporter; the host must be an Orleans silo.</summary>
    public static IServiceCollection AddFaceClassifierTelemetry(this IServiceCollection services)
    {
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MetricsOptions>, MetricsOptionsValidator>());
        services.TryAddSingleton<IClusterSilos, OrleansClusterSilos>();
        services.TryAddSingleton<BacklogReading>();
        services.TryAddSingleton<JobCountsReading>();
        services.TryAddSingleton<ClusterInstruments>();
        services.AddHostedService<CloudWatchMetricsPublisher>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(Meters)

            // Built with the meter provider, so the observable instruments exist from the first scrape.
            .AddInstrumentation(sp => sp.GetRequiredService<ClusterInstruments>())
            .AddInstrumentation(sp => sp.GetRequiredService<FrameInstruments>())
            .AddPrometheusExporter());
        services.ConfigureOpenTelemetryMeterProvider((sp, metrics) => metrics.AddView(HostMeters.OnlyFrom(sp.GetRequiredService<IMeterFactory>())));
        return services;
    }
}
