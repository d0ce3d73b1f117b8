using FaceClassifier.Jobs.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Jobs.DynamoDb;

/// <summary>Registers the DynamoDB job index.</summary>
public static class DynamoDbJobIndexSiloBuilderExtensions
{
    /// <summary>
    /// Uses <see cref="DynamoDbJobIndex"/> as the <see cref="IJobIndex"/>, its table made sure of at silo start. A plain
    /// registration, so it wins over the file index, which is added with TryAdd, before or after this.
    /// </summary>
    public static ISiloBuilder AddDynamoDbJobIndex(this ISiloBuilder builder, Action<OptionsBuilder<DynamoDbJobIndexOptions>> configure)
    {
        builder.Services.AddAwsClients();
        var options = builder.Services.AddOptions<DynamoDbJobIndexOptions>();
        configure(options);
        options.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DynamoDbJobIndexOptions>, DynamoDbJobIndexOptionsValidator>());
        builder.Services.AddSingleton<DynamoDbJobIndex>();
        builder.Services.AddSingleton<IJobIndex>(sp => sp.GetRequiredService<DynamoDbJobIndex>());
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<DynamoDbJobIndex>());
        return builder;
    }
}
