using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Messaging;

namespace FaceClassifier.Aws.Clustering.DynamoDb;

/// <summary>Registers DynamoDB clustering on a client: the gateway list.</summary>
public static class DynamoDbClusteringClientBuilderExtensions
{
    /// <summary>The client connects to the gateways of the active silos listed in the DynamoDB membership table.</summary>
    public static IClientBuilder UseDynamoDbClustering(this IClientBuilder builder, Action<OptionsBuilder<DynamoDbClusteringOptions>> configure)
    {
        builder.Services.AddDynamoDbClusteringOptions(configure);
        builder.Services.AddSingleton<IGatewayListProvider, DynamoDbGatewayListProvider>();
        return builder;
    }
}
