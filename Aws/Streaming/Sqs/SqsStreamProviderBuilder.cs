using FaceClassifier.Aws.Leases;
using FaceClassifier.Aws.Streaming.Sqs;
using FaceClassifier.Metrics;
using FaceClassifier.Providers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;

[assembly: RegisterProvider(SqsStreamProviderBuilder.Name, ProviderKinds.Streaming, ProviderRegistry.Silo, typeof(SqsStreamProviderBuilder))]

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>
/// Streaming "SQS": job work over the queues of section Queue, held by the runner for the whole job, and job events on
/// the output queue for the notifications.
/// </summary>
internal sealed class SqsStreamProviderBuilder : IProviderBuilder<ISiloBuilder>
{
    public const string Name = "SQS";

    public void Configure(ISiloBuilder builder, string? name, IConfigurationSection configurationSection)
    {
        ArgumentNullException.ThrowIfNull(name);
        var because = $"by {configurationSection.Path}:Provider={Name}";
        ProviderSettings.Required(configurationSection, "Name", $"{because} (the work queues' base name)");
        ProviderSettings.Required(configurationSection, "DeadLetterName", $"{because} (the dead-letter queue)");
        builder.AddSqsStreams(name);
        builder.Services.AddSingleton<IWorkQueueBacklog, SqsWorkQueueBacklog>();
        builder.AddSqsWorkLeases();
    }
}
