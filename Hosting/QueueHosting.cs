using FaceClassifier.Aws.Leases;
using FaceClassifier.Aws.Streaming.Sqs;
using FaceClassifier.Jobs;
using FaceClassifier.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaceClassifier.Hosting;

/// <summary>The stream that carries job work: in memory (Queue:Provider=Memory, the default) or over SQS queues.</summary>
public static class QueueHosting
{
    public const string Section = "Queue";
    public const string Memory = "Memory";
    public const string Sqs = "SQS";

    public static ISiloBuilder AddConfiguredWorkQueue(this ISiloBuilder silo)
    {
        var provider = ProviderSettings.Provider(silo.Configuration, Section, Memory, Sqs);
        if (provider == Memory)
        {
            silo.AddMemoryStreams(JobStreams.Provider);
            silo.Services.TryAddSingleton<IWorkQueueBacklog, ProcessingJobsBacklog>();
        }
        else
        {
            ProviderSettings.Required(silo.Configuration, $"{Section}:Name", "by Queue:Provider=SQS (the work queues' base name)");
            ProviderSettings.Required(silo.Configuration, $"{Section}:DeadLetterName", "by Queue:Provider=SQS (the dead-letter queue)");
            silo.AddSqsStreams(JobStreams.Provider);
            silo.Services.AddSingleton<IWorkQueueBacklog, SqsWorkQueueBacklog>();
            silo.AddSqsWorkLeases();
        }

        return silo;
    }
}
