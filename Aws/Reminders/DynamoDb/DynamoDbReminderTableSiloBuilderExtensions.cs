using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Reminders.DynamoDb;

/// <summary>Registers the DynamoDB reminder table.</summary>
public static class DynamoDbReminderTableSiloBuilderExtensions
{
    /// <summary>Uses <see cref="DynamoDbReminderTable"/> as the silo's reminder table, shared by every silo of the deployment.</summary>
    public static ISiloBuilder UseDynamoDbReminderService(this ISiloBuilder builder, Action<OptionsBuilder<DynamoDbReminderTableOptions>> configure)
    {
        builder.AddReminders();
        builder.Services.AddAwsClients();
        var options = builder.Services.AddOptions<DynamoDbReminderTableOptions>();
        configure(options);
        options.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DynamoDbReminderTableOptions>, DynamoDbReminderTableOptionsValidator>());
        builder.Services.AddSingleton<DynamoDbReminderTable>();
        builder.Services.AddSingleton<IReminderTable>(sp => sp.GetRequiredService<DynamoDbReminderTable>());
        return builder;
    }
}
