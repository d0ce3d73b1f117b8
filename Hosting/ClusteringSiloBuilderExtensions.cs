using FaceClassifier.Providers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace FaceClassifier.Hosting;

/// <summary>How silos find each other: the clustering provider named at Clustering:Provider (Localhost by default, or DynamoDB).</summary>
public static class ClusteringSiloBuilderExtensions
{
    public const string Section = "Clustering";

    /// <summary>
    /// Clustering from configuration, with ports from Orleans:SiloPort and Orleans:GatewayPort. Localhost clustering
    /// uses Orleans:PrimarySiloPort for a second silo joining the first. Other providers span machines: the silo
    /// advertises Orleans:AdvertisedIP (default: the machine's first non-loopback IPv4 address).
    /// </summary>
    public static ISiloBuilder UseConfiguredClustering(this ISiloBuilder silo)
    {
        var registry = FaceClassifierProviders.Registry;
        var section = silo.Configuration.GetSection(Section);
        var provider = registry.Pick(silo.Configuration, Section, ProviderKinds.Clustering, ProviderRegistry.Silo, LocalhostClusteringProviderBuilder.Name);
        silo.Configure<ClusterOptions>(cluster => cluster.ServiceId = FaceClassifierSiloBuilderExtensions.ServiceId);
        registry.Configure(silo, ProviderKinds.Clustering, provider, null, section);
        if (provider != LocalhostClusteringProviderBuilder.Name)
        {
            var advertised = AdvertisedAddress.From(silo.Configuration);
            silo.Configure<EndpointOptions>(endpoints => endpoints.AdvertisedIPAddress = advertised);
        }

        silo.Services.AddOptions<EndpointOptions>().Configure<IConfiguration>((endpoints, config) =>
        {
            endpoints.SiloPort = config.GetValue("Orleans:SiloPort", EndpointOptions.DEFAULT_SILO_PORT);
            endpoints.GatewayPort = config.GetValue("Orleans:GatewayPort", EndpointOptions.DEFAULT_GATEWAY_PORT);
        });
        return silo;
    }
}
