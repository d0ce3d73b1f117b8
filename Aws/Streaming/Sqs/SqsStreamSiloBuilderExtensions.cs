using FaceClassifier.Aws.Sqs;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>Registers SQS stream providers (<see cref="SqsAdapterFactory"/>) over the queues of section "Queue" on a silo.</summary>
public static class SqsStreamSiloBuilderExtensions
{
    /// <summary>Adds a named SQS persistent stream provider to the silo; the queues and AWS clients come from <see cref="SqsServiceCollectionExtensions.AddSqsQueues"/>.</summary>
    public static ISiloBuilder AddSqsStreams(this ISiloBuilder builder, string name)
    {
        builder.Services.AddSqsQueues();
        return builder.AddPersistentStreams(name, SqsAdapterFactory.Create, _ => { });
    }
}
