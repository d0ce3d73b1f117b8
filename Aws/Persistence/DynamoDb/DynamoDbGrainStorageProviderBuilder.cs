using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Aws.Persistence.DynamoDb;
using FaceClassifier.Providers;
using Microsoft.Extensions.Configuration;
using Orleans.Providers;

[assembly: RegisterProvider(DynamoDbProviders.Name, ProviderKinds.GrainStorage, ProviderRegistry.Silo, typeof(DynamoDbGrainStorageProviderBuilder))]

namespace FaceClassifier.Aws.Persistence.DynamoDb;

/// <summary>Grain storage "DynamoDB": one table per storage provider, named after State:TablePrefix.</summary>
internal sealed class DynamoDbGrainStorageProviderBuilder : IProviderBuilder<ISiloBuilder>
{
    public void Configure(ISiloBuilder builder, string? name, IConfigurationSection configurationSection)
    {
        ArgumentNullException.ThrowIfNull(name);
        builder.AddDynamoDbGrainStorage(name, o => o.UseStateTable(configurationSection, StateTables.Storage[name]));
    }
}
