using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Aws.Reminders.DynamoDb;
using FaceClassifier.Providers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Orleans.Providers;

[assembly: RegisterProvider(DynamoDbProviders.Name, ProviderKinds.Reminders, ProviderRegistry.Silo, typeof(DynamoDbReminderTableProviderBuilder))]

namespace FaceClassifier.Aws.Reminders.DynamoDb;

/// <summary>Reminders "DynamoDB": the reminder table {State:TablePrefix}reminders.</summary>
internal sealed class DynamoDbReminderTableProviderBuilder : IProviderBuilder<ISiloBuilder>
{
    public void Configure(ISiloBuilder builder, string? name, IConfigurationSection configurationSection)
    {
        var table = StateTablePrefix.From(configurationSection) + StateTables.Reminders;
        builder.UseDynamoDbReminderService(o => o.Configure<IOptions<AwsOptions>>((options, aws) =>
            (options.TableName, options.CreateIfNotExists) = (table, aws.Value.CreateResources)));
    }
}
