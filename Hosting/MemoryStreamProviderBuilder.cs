using FaceClassifier.Hosting;
using FaceClassifier.Metrics;
using FaceClassifier.Providers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Providers;

[assembly: RegisterProvider(MemoryStreamProviderBuilder.Name, ProviderKinds.Streaming, ProviderRegistry.Silo, typeof(MemoryStreamProviderBuilder))]

namespace FaceClassifier.Hosting;

/// <summary>Streaming "Memory": job work on an in-memory stream, with the processing jobs as its backlog.</summary>
internal sealed class MemoryStreamProviderBuilder : IProviderBuilder<ISiloBuilder>
{
    public const string Name = "Memory";

    public void Configure(ISiloBuilder builder, string? name, IConfigurationSection configurationSection)
    {
        ArgumentNullException.ThrowIfNull(name);
        builder.AddMemoryStreams(name);
        builder.Services.TryAddSingleton<IWorkQueueBacklog, ProcessingJobsBacklog>();
    }
}
