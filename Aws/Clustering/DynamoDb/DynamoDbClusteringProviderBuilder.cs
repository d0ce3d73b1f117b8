using FaceClassifier.Aws.Clustering.DynamoDb;
using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Providers;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.Providers;

[assembly: RegisterProvider(DynamoDbProviders.Name, ProviderKinds.Clustering, ProviderRegistry.Silo, typeof(DynamoDbClusteringProviderBuilder))]
[assembly: RegisterProvider(DynamoDbProviders.Name, ProviderKinds.Clustering, ProviderRegistry.Client, typeof(DynamoDbClusteringProviderBuilder))]

namespace FaceClassifier.Aws.Clustering.DynamoDb;

/// <summary>Clustering "DynamoDB": membership in Clustering:Table, for the cluster Clustering:ClusterId.</summary>
internal sealed class DynamoDbClusteringProviderBuilder : IProviderBuilder<ISiloBuilder>, IProviderBuilder<IClientBuilder>
{
    public void Configure(ISiloBuilder builder, string? name, IConfigurationSection configurationSection)
    {
        var (table, clusterId) = Settings(configurationSection);
        builder.Configure<ClusterOptions>(cluster => cluster.ClusterId = clusterId);
        builder.UseDynamoDbClustering(options => options.Configure(clustering => clustering.TableName = table));
    }

    public void Configure(IClientBuilder builder, string? name, IConfigurationSection configurationSection)
    {
        var (table, clusterId) = Settings(configurationSection);
        builder.Configure<ClusterOptions>(cluster => cluster.ClusterId = clusterId);
        builder.UseDynamoDbClustering(options => options.Configure(clustering => clustering.TableName = table));
    }

    private static (string Table, string ClusterId) Settings(IConfigurationSection clustering)
    {
        var because = $"when {clustering.Path}:Provider={DynamoDbProviders.Name}";
        return (ProviderSettings.Required(clustering, "Table", because), ProviderSettings.Required(clustering, "ClusterId", because));
    }
}
