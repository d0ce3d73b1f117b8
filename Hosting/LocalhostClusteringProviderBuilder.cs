using System.Net;
using FaceClassifier.Hosting;
using FaceClassifier.Providers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Providers;

[assembly: RegisterProvider(LocalhostClusteringProviderBuilder.Name, ProviderKinds.Clustering, ProviderRegistry.Silo, typeof(LocalhostClusteringProviderBuilder))]
[assembly: RegisterProvider(LocalhostClusteringProviderBuilder.Name, ProviderKinds.Clustering, ProviderRegistry.Client, typeof(LocalhostClusteringProviderBuilder))]

namespace FaceClassifier.Hosting;

/// <summary>
/// Clustering "Localhost": silos on this machine, a second silo joining the one at Orleans:PrimarySiloPort; a client
/// connects to the gateway at Orleans:GatewayPort.
/// </summary>
internal sealed class LocalhostClusteringProviderBuilder : IProviderBuilder<ISiloBuilder>, IProviderBuilder<IClientBuilder>
{
    public const string Name = "Localhost";

    public void Configure(ISiloBuilder builder, string? name, IConfigurationSection configurationSection)
    {
        builder.UseLocalhostClustering(serviceId: FaceClassifierSiloBuilderExtensions.ServiceId, clusterId: FaceClassifierSiloBuilderExtensions.ServiceId);
        builder.Services.AddOptions<DevelopmentClusterMembershipOptions>().Configure<IConfiguration>((membership, config) =>
        {
            var primary = config.GetValue<int?>("Orleans:PrimarySiloPort") ?? config.GetValue("Orleans:SiloPort", EndpointOptions.DEFAULT_SILO_PORT);
            membership.PrimarySiloEndpoint = new IPEndPoint(IPAddress.Loopback, primary);
        });
    }

    public void Configure(IClientBuilder builder, string? name, IConfigurationSection configurationSection)
    {
        var gatewayPort = builder.Configuration.GetValue("Orleans:GatewayPort", EndpointOptions.DEFAULT_GATEWAY_PORT);
        builder.UseLocalhostClustering(gatewayPort, FaceClassifierSiloBuilderExtensions.ServiceId, FaceClassifierSiloBuilderExtensions.ServiceId);
    }
}
