using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Aws.Reminders.DynamoDb;
using FaceClassifier.Providers;
using Microsoft.Extensions.Configuration;
using Orleans.Providers;

[assembly: RegisterProvider(DynamoDbProviders.Name, ProviderKinds.Reminders, ProviderRegistry.Silo, typeof(DynamoDbReminderTableProviderBuilder))]

namespace FaceClassifier.Aws.Reminders.DynamoDb;

/// <summary>Reminders "DynamoDB": the reminder table {State:TablePrefix}reminders.</summary>
internal sealed class DynamoDbReminderTableProviderBuilder : IProviderBuilder<ISiloBuilder>
{
    public void Configure(ISiloBuilder builder, string? name, IConfigurationSection configurationSection)
    {
        builder.UseDynamoDbReminderService(o => o.UseStateTable(configurationSection, StateTables.Reminders));
    }
}
