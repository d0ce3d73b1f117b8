using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace FaceClassifier.Hosting;

/// <summary>How silos find each other: localhost (Clustering:Provider=Localhost, the default) or a DynamoDB membership table.</summary>
public static class ClusteringHosting
{
    public const string Section = "Clustering";
    public const string Localhost = "Localhost";
    public const string DynamoDb = "DynamoDB";

    /// <summary>
    /// Clustering from configuration, with ports from Orleans:SiloPort and Orleans:GatewayPort. Localhost clustering
    /// uses Orleans:PrimarySiloPort for a second silo joining the first.
    /// </summary>
    public static ISiloBuilder UseConfiguredClustering(this ISiloBuilder silo)
    {
        var provider = ProviderSettings.Provider(silo.Configuration, Section, Localhost, DynamoDb);
        if (provider == Localhost)
        {
            silo.UseLocalhostClustering(serviceId: SiloHosting.ServiceId, clusterId: SiloHosting.ServiceId);
            silo.Services.AddOptions<DevelopmentClusterMembershipOptions>().Configure<IConfiguration>((membership, config) =>
            {
                var primary = config.GetValue<int?>("Orleans:PrimarySiloPort") ?? config.GetValue("Orleans:SiloPort", EndpointOptions.DEFAULT_SILO_PORT);
                membership.PrimarySiloEndpoint = new IPEndPoint(IPAddress.Loopback, primary);
            });
        }
        else
        {
            throw new InvalidOperationException("Clustering:Provider=DynamoDB is not wired yet.");
        }

        silo.Services.AddOptions<EndpointOptions>().Configure<IConfiguration>((endpoints, config) =>
        {
            endpoints.SiloPort = config.GetValue("Orleans:SiloPort", EndpointOptions.DEFAULT_SILO_PORT);
            endpoints.GatewayPort = config.GetValue("Orleans:GatewayPort", EndpointOptions.DEFAULT_GATEWAY_PORT);
        });
        return silo;
    }
}
