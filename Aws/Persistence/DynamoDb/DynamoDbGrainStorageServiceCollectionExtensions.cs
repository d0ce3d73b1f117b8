using Amazon.DynamoDBv2;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace FaceClassifier.Aws.Persistence.DynamoDb;

/// <summary>Registers <see cref="DynamoDbGrainStorage"/> providers in a service collection.</summary>
public static class DynamoDbGrainStorageServiceCollectionExtensions
{
    /// <summary>Adds a named DynamoDB grain storage provider, with the AWS clients it uses.</summary>
    public static IServiceCollection AddDynamoDbGrainStorage(this IServiceCollection services, string name, Action<OptionsBuilder<DynamoDbGrainStorageOptions>> configure)
    {
        services.AddAwsClients();
        var options = services.AddOptions<DynamoDbGrainStorageOptions>(name);
        configure(options);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DynamoDbGrainStorageOptions>, DynamoDbGrainStorageOptionsValidator>());
        return services.AddGrainStorage(name, Create);
    }

    /// <summary>Creates the provider called <paramref name="name"/> from its named options.</summary>
    public static DynamoDbGrainStorage Create(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<DynamoDbGrainStorageOptions>>().Get(name);
        options.GrainStorageSerializer ??= new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>());
        return new DynamoDbGrainStorage(
            name, options, services.GetRequiredService<IAmazonDynamoDB>(), services.GetRequiredService<ILogger<DynamoDbGrainStorage>>());
    }
}
