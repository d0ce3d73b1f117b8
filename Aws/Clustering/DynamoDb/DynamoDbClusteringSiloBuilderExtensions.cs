using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Clustering.DynamoDb;

/// <summary>Registers DynamoDB clustering on a silo: the membership table.</summary>
public static class DynamoDbClusteringSiloBuilderExtensions
{
    /// <summary>Silos find each other through the DynamoDB membership table; the cluster id comes from <c>ClusterOptions</c>.</summary>
    public static ISiloBuilder UseDynamoDbClustering(this ISiloBuilder builder, Action<OptionsBuilder<DynamoDbClusteringOptions>> configure)
    {
        builder.Services.AddDynamoDbClusteringOptions(configure);
        builder.Services.AddSingleton<IMembershipTable, DynamoDbMembershipTable>();
        return builder;
    }
}
