using FaceClassifier.Aws.Sqs;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>Registers SQS stream providers (<see cref="SqsAdapterFactory"/>) over the queues of section "Queue" on a client.</summary>
public static class SqsStreamClientBuilderExtensions
{
    /// <summary>Adds a named SQS stream provider to a client, which publishes to the queues.</summary>
    public static IClientBuilder AddSqsStreams(this IClientBuilder builder, string name)
    {
        builder.Services.AddSqsQueues();
        return builder.AddPersistentStreams(name, SqsAdapterFactory.Create, _ => { });
    }
}
