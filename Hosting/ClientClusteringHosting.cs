using FaceClassifier.Aws.Clustering.DynamoDb;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;

namespace FaceClassifier.Hosting;

/// <summary>How an Orleans client finds the silos, from the same Clustering:Provider switch the silos use.</summary>
public static class ClientClusteringHosting
{
    /// <summary>
    /// Localhost: the gateway on Orleans:GatewayPort of this machine. DynamoDB: the gateways of the active silos in
    /// Clustering:Table for Clustering:ClusterId.
    /// </summary>
    public static IClientBuilder UseConfiguredClustering(this IClientBuilder client)
    {
        var provider = ProviderSettings.Provider(client.Configuration, ClusteringHosting.Section, ClusteringHosting.Localhost, ClusteringHosting.DynamoDb);
        if (provider == ClusteringHosting.Localhost)
        {
            var gatewayPort = client.Configuration.GetValue("Orleans:GatewayPort", EndpointOptions.DEFAULT_GATEWAY_PORT);
            return client.UseLocalhostClustering(gatewayPort, SiloHosting.ServiceId, SiloHosting.ServiceId);
        }

        var (table, clusterId) = ClusteringHosting.DynamoDbSettings(client.Configuration);
        client.Configure<ClusterOptions>(cluster => (cluster.ServiceId, cluster.ClusterId) = (SiloHosting.ServiceId, clusterId));
        return client.UseDynamoDbClustering(options => options.Configure(clustering => clustering.TableName = table));
    }
}
