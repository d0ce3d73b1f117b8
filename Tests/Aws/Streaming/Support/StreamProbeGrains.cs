using Amazon.SQS;
using FaceClassifier.Aws.Streaming.Sqs;
using FaceClassifier.Streaming;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace FaceClassifier.Tests.Aws.Streaming.Support;

/// <summary>Publishes text to the probe stream whose id is this grain's key.</summary>
public interface IStreamProbeProducerGrain : IGrainWithGuidKey
{
    Task PublishAsync(string provider, string text);
}

/// <summary>What the implicitly subscribed probe consumer has received on its stream.</summary>
public interface IStreamProbeConsumerGrain : IGrainWithGuidKey
{
    Task<IReadOnlyList<ProbeDelivery>> DeliveriesAsync();
}

/// <summary>One delivery to the probe consumer, with the lease it came with and whether the consumer settled it.</summary>
[GenerateSerializer, Alias("tests.ProbeDelivery")]
public sealed record ProbeDelivery(
    [property: Id(0)] string Text, [property: Id(1)] string MessageId, [property: Id(2)] int ReceiveCount, [property: Id(3)] bool Settled);

public static class StreamProbe
{
    public const string Namespace = "sqs-probe";

    /// <summary>Text the consumer settles on its first delivery; anything else it settles only when redelivered.</summary>
    public const string SettleAtOnce = "settle at once";
}

public sealed class StreamProbeProducerGrain : Grain, IStreamProbeProducerGrain
{
    public Task PublishAsync(string provider, string text) =>
        this.GetStreamProvider(provider).GetStream<string>(StreamId.Create(StreamProbe.Namespace, this.GetPrimaryKey())).OnNextAsync(text);
}

/// <summary>A consumer that settles its messages itself through their lease, as the job runner does.</summary>
[ImplicitStreamSubscription(StreamProbe.Namespace)]
public sealed class StreamProbeConsumerGrain(IAmazonSQS sqs)
    : Grain, IStreamProbeConsumerGrain, IStreamSubscriptionObserver, IAsyncObserver<string>
{
    private readonly List<ProbeDelivery> _deliveries = [];

    public Task<IReadOnlyList<ProbeDelivery>> DeliveriesAsync() => Task.FromResult<IReadOnlyList<ProbeDelivery>>([.. _deliveries]);

    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) => handleFactory.Create<string>().ResumeAsync(this);

    public async Task OnNextAsync(string item, StreamSequenceToken? token = null)
    {
        var lease = (SqsSequenceToken)token!;
        var settle = item == StreamProbe.SettleAtOnce || lease.ReceiveCount >= 2;
        if (settle)
        {
            await sqs.DeleteMessageAsync(((ILeasedMessageToken)lease).QueueUrl, lease.ReceiptHandle);
        }

        _deliveries.Add(new ProbeDelivery(item, lease.MessageId, lease.ReceiveCount, settle));
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
}
