using FaceClassifier.Jobs;
using FaceClassifier.Providers;

namespace FaceClassifier.Hosting;

/// <summary>The stream that carries job work, from the provider named at Queue:Provider: Memory (the default) or SQS.</summary>
public static class WorkQueueSiloBuilderExtensions
{
    public const string Section = "Queue";

    public static ISiloBuilder AddConfiguredWorkQueue(this ISiloBuilder silo)
    {
        var registry = FaceClassifierProviders.Registry;
        var provider = registry.Pick(silo.Configuration, Section, ProviderKinds.Streaming, ProviderRegistry.Silo, MemoryStreamProviderBuilder.Name);
        registry.Configure(silo, ProviderKinds.Streaming, provider, JobStreams.Provider, silo.Configuration.GetSection(Section));
        return silo;
    }
}
