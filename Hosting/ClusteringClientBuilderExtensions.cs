using FaceClassifier.Providers;
using Orleans.Configuration;

namespace FaceClassifier.Hosting;

/// <summary>How an Orleans client finds the silos, from the same Clustering:Provider switch the silos use.</summary>
public static class ClusteringClientBuilderExtensions
{
    /// <summary>
    /// Localhost: the gateway on Orleans:GatewayPort of this machine. DynamoDB: the gateways of the active silos in
    /// Clustering:Table for Clustering:ClusterId.
    /// </summary>
    public static IClientBuilder UseConfiguredClustering(this IClientBuilder client)
    {
        var registry = FaceClassifierProviders.Registry;
        var section = client.Configuration.GetSection(ClusteringSiloBuilderExtensions.Section);
        var provider = registry.Pick(client.Configuration, section.Key, ProviderKinds.Clustering, ProviderRegistry.Client, LocalhostClusteringProviderBuilder.Name);
        client.Configure<ClusterOptions>(cluster => cluster.ServiceId = FaceClassifierSiloBuilderExtensions.ServiceId);
        registry.Configure(client, ProviderKinds.Clustering, provider, null, section);
        return client;
    }
}
