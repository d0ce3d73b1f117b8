using Amazon.DynamoDBv2;
using FaceClassifier.Aws.DynamoDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace FaceClassifier.Aws.Persistence.DynamoDb;

/// <summary>Registers <see cref="DynamoDbGrainStorage"/> providers.</summary>
public static class DynamoDbGrainStorageExtensions
{
    /// <summary>Adds a named DynamoDB grain storage provider whose table is made sure of at silo start.</summary>
    public static ISiloBuilder AddDynamoDbGrainStorage(this ISiloBuilder builder, string name, Action<OptionsBuilder<DynamoDbGrainStorageOptions>> configure)
    {
        builder.Services.AddDynamoDbGrainStorage(name, configure);
        return builder;
    }

    /// <summary>Adds a named DynamoDB grain storage provider, with the AWS clients it uses.</summary>
    public static IServiceCollection AddDynamoDbGrainStorage(this IServiceCollection services, string name, Action<OptionsBuilder<DynamoDbGrainStorageOptions>> configure)
    {
        services.AddAwsClients();
        configure(services.AddOptions<DynamoDbGrainStorageOptions>(name));
        services.AddTransient<IConfigurationValidator>(sp =>
            new DynamoDbGrainStorageOptionsValidator(sp.GetRequiredService<IOptionsMonitor<DynamoDbGrainStorageOptions>>().Get(name), name));
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
