using Amazon.SQS;
using FaceClassifier.Aws.Sqs;
using FaceClassifier.Metrics;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>The job backlog read from SQS: ApproximateNumberOfMessages (visible) and …NotVisible (in flight), summed over the work queues.</summary>
public sealed class SqsWorkQueueBacklog(IAmazonSQS sqs, SqsQueueRegistry queues) : IWorkQueueBacklog
{
    private static readonly List<string> Counts =
        [QueueAttributeName.ApproximateNumberOfMessages, QueueAttributeName.ApproximateNumberOfMessagesNotVisible];

    public async Task<QueueBacklog> GetAsync(CancellationToken cancellationToken = default)
    {
        var urls = await queues.WorkUrlsAsync(cancellationToken);
        var readings = await Task.WhenAll(urls.Select(url => sqs.GetQueueAttributesAsync(url, Counts, cancellationToken)));
        return new QueueBacklog(
            readings.Sum(r => (long)r.ApproximateNumberOfMessages),
            readings.Sum(r => (long)r.ApproximateNumberOfMessagesNotVisible));
    }
}
