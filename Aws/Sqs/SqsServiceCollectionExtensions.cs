using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace FaceClassifier.Aws.Sqs;

/// <summary>Registers the SQS core every queue user shares: <see cref="QueueOptions"/>, the registry, the keeper and the dead-letter writer.</summary>
public static class SqsServiceCollectionExtensions
{
    /// <summary>Binds <see cref="QueueOptions"/> from section "Queue" (validated at start) and adds the SQS core singletons; idempotent.</summary>
    public static IServiceCollection AddSqsQueues(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(SqsQueueRegistry)))
        {
            return services;
        }

        services.AddAwsClients();
        services.AddOptions<QueueOptions>().BindConfiguration(QueueOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<QueueOptions>, QueueOptionsValidator>();
        services.ConfigureFormatter<QueueOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqsQueueRegistry>();
        services.AddSingleton<VisibilityKeeper>();
        services.AddSingleton<DeadLetterWriter>();
        return services;
    }
}
