using Orleans.Streams;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>
/// When the pulling agent gives up delivering a message, hands it back to SQS instead of leaving it held: it is
/// retried, and SQS's redrive policy dead-letters it after MaxReceiveCount receives.
/// </summary>
internal sealed class SqsDeliveryFailureHandler(Func<SqsQueueReceiver?> receiver) : IStreamFailureHandler
{
    public bool ShouldFaultSubsriptionOnError => false;

    public Task OnDeliveryFailure(GuidId subscriptionId, string streamProviderName, StreamId streamIdentity, StreamSequenceToken? sequenceToken) =>
        sequenceToken is SqsSequenceToken token && receiver() is { } current ? current.ReleaseAsync(token) : Task.CompletedTask;

    public Task OnSubscriptionFailure(GuidId subscriptionId, string streamProviderName, StreamId streamIdentity, StreamSequenceToken? sequenceToken) =>
        Task.CompletedTask;
}
