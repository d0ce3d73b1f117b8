using FaceClassifier.Aws.DynamoDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Messaging;

namespace FaceClassifier.Aws.Clustering.DynamoDb;

/// <summary>Registers DynamoDB clustering: the membership table for silos, the gateway list for clients.</summary>
public static class DynamoDbClusteringExtensions
{
    /// <summary>Silos find each other through the DynamoDB membership table; the cluster id comes from <c>ClusterOptions</c>.</summary>
    public static ISiloBuilder UseDynamoDbClustering(this ISiloBuilder builder, Action<OptionsBuilder<DynamoDbClusteringOptions>> configure)
    {
        builder.Services.AddDynamoDbClusteringOptions(configure);
        builder.Services.AddSingleton<IMembershipTable, DynamoDbMembershipTable>();
        return builder;
    }

    /// <summary>The client connects to the gateways of the active silos listed in the DynamoDB membership table.</summary>
    public static IClientBuilder UseDynamoDbClustering(this IClientBuilder builder, Action<OptionsBuilder<DynamoDbClusteringOptions>> configure)
    {
        builder.Services.AddDynamoDbClusteringOptions(configure);
        builder.Services.AddSingleton<IGatewayListProvider, DynamoDbGatewayListProvider>();
        return builder;
    }

    private static void AddDynamoDbClusteringOptions(this IServiceCollection services, Action<OptionsBuilder<DynamoDbClusteringOptions>> configure)
    {
        services.AddAwsClients();
        var options = services.AddOptions<DynamoDbClusteringOptions>()
            .Configure<IOptions<AwsOptions>>((clustering, aws) => clustering.CreateIfNotExists = aws.Value.CreateResources);
        configure(options);
        services.AddSingleton<IConfigurationValidator, DynamoDbClusteringOptionsValidator>();
    }
}
