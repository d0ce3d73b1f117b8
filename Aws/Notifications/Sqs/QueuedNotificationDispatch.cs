using Amazon.SQS;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications.Jobs;

namespace FaceClassifier.Aws.Notifications.Sqs;

/// <summary>Queues a <see cref="JobFinishedEvent"/> on the output queue, for the <see cref="NotificationQueueConsumer"/> of any silo.</summary>
public sealed class QueuedNotificationDispatch(IAmazonSQS sqs, NotificationQueue queue) : IJobNotificationDispatch
{
    public async Task DispatchAsync(IJobNotifications job, CancellationToken cancellationToken)
    {
        var urls = await queue.UrlsAsync(cancellationToken);
        await sqs.SendMessageAsync(urls.Output, JobFinishedEvent.Serialize(job.GetPrimaryKey()), cancellationToken);
    }
}
