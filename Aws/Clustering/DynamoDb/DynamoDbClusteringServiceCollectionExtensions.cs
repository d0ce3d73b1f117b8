using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Clustering.DynamoDb;

/// <summary>The part silos and clients share: the AWS clients and the validated membership table options.</summary>
internal static class DynamoDbClusteringServiceCollectionExtensions
{
    /// <summary>Adds <see cref="DynamoDbClusteringOptions"/> (CreateIfNotExists from Aws:CreateResources unless configured), checked at start.</summary>
    public static IServiceCollection AddDynamoDbClusteringOptions(this IServiceCollection services, Action<OptionsBuilder<DynamoDbClusteringOptions>> configure)
    {
        services.AddAwsClients();
        var options = services.AddOptions<DynamoDbClusteringOptions>()
            .Configure<IOptions<AwsOptions>>((clustering, aws) => clustering.CreateIfNotExists = aws.Value.CreateResources);
        configure(options);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DynamoDbClusteringOptions>, DynamoDbClusteringOptionsValidator>());
        return services;
    }
}
