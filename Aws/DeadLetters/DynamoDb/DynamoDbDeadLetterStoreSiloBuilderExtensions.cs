using FaceClassifier.Notifications.DeadLetters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.DeadLetters.DynamoDb;

/// <summary>Registers the DynamoDB dead-letter store.</summary>
public static class DynamoDbDeadLetterStoreSiloBuilderExtensions
{
    /// <summary>
    /// Uses <see cref="DynamoDbDeadLetterStore"/> as the <see cref="IDeadLetterStore"/>, its table made sure of at silo start.
    /// A plain registration, so it wins over the file store that the notifications add with TryAdd, before or after this.
    /// </summary>
    public static ISiloBuilder AddDynamoDbDeadLetterStore(this ISiloBuilder builder, Action<OptionsBuilder<DynamoDbDeadLetterStoreOptions>> configure)
    {
        builder.Services.AddAwsClients();
        var options = builder.Services.AddOptions<DynamoDbDeadLetterStoreOptions>();
        configure(options);
        options.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DynamoDbDeadLetterStoreOptions>, DynamoDbDeadLetterStoreOptionsValidator>());
        builder.Services.AddSingleton<DynamoDbDeadLetterStore>();
        builder.Services.AddSingleton<IDeadLetterStore>(sp => sp.GetRequiredService<DynamoDbDeadLetterStore>());
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<DynamoDbDeadLetterStore>());
        return builder;
    }
}
