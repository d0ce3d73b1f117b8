using FaceClassifier.Aws.DynamoDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>Registers SQS stream providers (<see cref="SqsAdapterFactory"/>).</summary>
public static class SqsStreamExtensions
{
    /// <summary>Adds a named SQS persistent stream provider to the silo; the AWS clients come from <see cref="AwsClients"/>.</summary>
    public static ISiloBuilder AddSqsStreams(this ISiloBuilder builder, string name, Action<OptionsBuilder<SqsStreamOptions>>? configure = null)
    {
        builder.Services.AddSqsStreamServices(name, configure);
        return builder.AddPersistentStreams(name, SqsAdapterFactory.Create, _ => { });
    }

    /// <summary>Adds a named SQS stream provider to a client, which publishes to the queues.</summary>
    public static IClientBuilder AddSqsStreams(this IClientBuilder builder, string name, Action<OptionsBuilder<SqsStreamOptions>>? configure = null)
    {
        builder.Services.AddSqsStreamServices(name, configure);
        return builder.AddPersistentStreams(name, SqsAdapterFactory.Create, _ => { });
    }

    private static void AddSqsStreamServices(this IServiceCollection services, string name, Action<OptionsBuilder<SqsStreamOptions>>? configure)
    {
        services.AddAwsClients();
        configure?.Invoke(services.AddOptions<SqsStreamOptions>(name));
        services.ConfigureNamedOptionForLogging<SqsStreamOptions>(name);
        services.AddTransient<IConfigurationValidator>(sp =>
            new SqsStreamOptionsValidator(sp.GetRequiredService<IOptionsMonitor<SqsStreamOptions>>().Get(name), name));
        services.AddKeyedSingleton(name, (sp, _) => new SqsWorkQueues(
            sp.GetRequiredService<Amazon.SQS.IAmazonSQS>(),
            sp.GetRequiredService<IOptionsMonitor<SqsStreamOptions>>().Get(name),
            sp.GetRequiredService<IOptions<AwsOptions>>().Value.CreateResources));
    }
}
