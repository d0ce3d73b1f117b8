using Amazon.SQS;
using FaceClassifier.Aws.Sqs;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications.Jobs;

namespace FaceClassifier.Aws.Notifications.Sqs;

/// <summary>Queues a <see cref="JobFinishedEvent"/> on the output queue, for the <see cref="NotificationQueueConsumer"/> of any silo.</summary>
public sealed class QueuedNotificationDispatch(IAmazonSQS sqs, SqsQueueRegistry queues) : IJobNotificationDispatch
{
    public async Task DispatchAsync(IJobNotifications job, CancellationToken cancellationToken) =>
        await sqs.SendMessageAsync(await queues.OutputUrlAsync(cancellationToken), JobFinishedEvent.Serialize(job.GetPrimaryKey()), cancellationToken);
}
