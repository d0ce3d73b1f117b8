using FaceClassifier.Aws.DeadLetters.DynamoDb;
using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Providers;
using Microsoft.Extensions.Configuration;
using Orleans.Providers;

[assembly: RegisterProvider(DynamoDbProviders.Name, ProviderKinds.DeadLetters, ProviderRegistry.Silo, typeof(DynamoDbDeadLetterStoreProviderBuilder))]

namespace FaceClassifier.Aws.DeadLetters.DynamoDb;

/// <summary>Dead letters "DynamoDB": the table {State:TablePrefix}dead-letters, shared by every silo.</summary>
internal sealed class DynamoDbDeadLetterStoreProviderBuilder : IProviderBuilder<ISiloBuilder>
{
    public void Configure(ISiloBuilder builder, string? name, IConfigurationSection configurationSection)
    {
        builder.AddDynamoDbDeadLetterStore(o => o.UseStateTable(configurationSection, StateTables.DeadLetters));
    }
}
