using FaceClassifier.Aws.DynamoDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Reminders.DynamoDb;

/// <summary>Registers the DynamoDB reminder table.</summary>
public static class DynamoDbReminderTableExtensions
{
    /// <summary>Uses <see cref="DynamoDbReminderTable"/> as the silo's reminder table, shared by every silo of the deployment.</summary>
    public static ISiloBuilder UseDynamoDbReminderService(this ISiloBuilder builder, Action<OptionsBuilder<DynamoDbReminderTableOptions>> configure)
    {
        builder.AddReminders();
        builder.Services.AddAwsClients();
        configure(builder.Services.AddOptions<DynamoDbReminderTableOptions>());
        builder.Services.AddTransient<IConfigurationValidator>(sp =>
            new DynamoDbReminderTableOptionsValidator(sp.GetRequiredService<IOptions<DynamoDbReminderTableOptions>>().Value));
        builder.Services.AddSingleton<DynamoDbReminderTable>();
        builder.Services.AddSingleton<IReminderTable>(sp => sp.GetRequiredService<DynamoDbReminderTable>());
        return builder;
    }
}
