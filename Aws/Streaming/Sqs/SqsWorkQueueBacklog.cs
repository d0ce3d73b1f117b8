using Amazon.SQS;
using FaceClassifier.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>The job backlog read from SQS: ApproximateNumberOfMessages (visible) and …NotVisible (in flight), summed over the work queues.</summary>
public sealed class SqsWorkQueueBacklog(IAmazonSQS sqs, SqsWorkQueues queues) : IWorkQueueBacklog
{
    private static readonly List<string> Counts =
        [QueueAttributeName.ApproximateNumberOfMessages, QueueAttributeName.ApproximateNumberOfMessagesNotVisible];

    /// <summary>The backlog of the SQS stream provider called <paramref name="name"/>.</summary>
    public static SqsWorkQueueBacklog Create(IServiceProvider services, string name) =>
        new(services.GetRequiredService<IAmazonSQS>(), services.GetRequiredKeyedService<SqsWorkQueues>(name));

    public async Task<QueueBacklog> GetAsync(CancellationToken cancellationToken = default)
    {
        await queues.EnsureAsync(cancellationToken);
        var readings = await Task.WhenAll(queues.Urls.Select(url => sqs.GetQueueAttributesAsync(url, Counts, cancellationToken)));
        return new QueueBacklog(
            readings.Sum(r => (long)r.ApproximateNumberOfMessages),
            readings.Sum(r => (long)r.ApproximateNumberOfMessagesNotVisible));
    }
}
