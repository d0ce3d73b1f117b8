using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Aws.Jobs.DynamoDb;
using FaceClassifier.Providers;
using Microsoft.Extensions.Configuration;
using Orleans.Providers;

[assembly: RegisterProvider(DynamoDbProviders.Name, ProviderKinds.JobIndex, ProviderRegistry.Silo, typeof(DynamoDbJobIndexProviderBuilder))]

namespace FaceClassifier.Aws.Jobs.DynamoDb;

/// <summary>Job index "DynamoDB": the table {State:TablePrefix}job-index, shared by every silo.</summary>
internal sealed class DynamoDbJobIndexProviderBuilder : IProviderBuilder<ISiloBuilder>
{
    public void Configure(ISiloBuilder builder, string? name, IConfigurationSection configurationSection) =>
        builder.AddDynamoDbJobIndex(o => o.UseStateTable(configurationSection, StateTables.JobIndex));
}
