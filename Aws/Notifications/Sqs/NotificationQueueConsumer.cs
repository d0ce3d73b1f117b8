using Amazon.SQS;
using Amazon.SQS.Model;
using FaceClassifier.Aws.Sqs;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Streaming;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FaceClassifier.Aws.Notifications.Sqs;

/// <summary>
/// Sends finished jobs' notifications from the output queue (every silo runs one in SQS mode). An event is held in
/// flight while its notifications go out and deleted once they did; when that throws it is released, to reappear and,
/// after Queue:MaxReceiveCount receives, be moved to the dead-letter queue by SQS's redrive policy. A body that is not
/// such an event goes to the dead-letter queue at once through the <see cref="DeadLetterWriter"/>, with the reason as a message attribute.
/// </summary>
public sealed partial class NotificationQueueConsumer(
    IAmazonSQS sqs,
    SqsQueueRegistry queues,
    IWorkLeases leases,
    DeadLetterWriter deadLetters,
    JobNotifier notifier,
    IGrainFactory grains,
    IHostApplicationLifetime lifetime,
    ILogger<NotificationQueueConsumer> logger) : BackgroundService
{
    private static readonly TimeSpan FailureBackoff = TimeSpan.FromSeconds(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // A missing queue fails the start, naming the queue, rather than a log line later.
        await queues.OutputUrlAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Grain calls need the silo running, which it is once the host has started.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        var output = await queues.OutputUrlAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var messages = await ReceiveAsync(output, stoppingToken);
            await Task.WhenAll(messages.Select(m => HandleAsync(m, output, stoppingToken)));
        }
    }

    private async Task<List<Message>> ReceiveAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            var request = new ReceiveMessageRequest
            {
                QueueUrl = url,
                MaxNumberOfMessages = 10,
                WaitTimeSeconds = 20,
                VisibilityTimeout = queues.Options.VisibilitySeconds,
                MessageSystemAttributeNames = [MessageSystemAttributeName.ApproximateReceiveCount],
            };
            return (await sqs.ReceiveMessageAsync(request, cancellationToken)).Messages ?? [];
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogReceiveFailed(logger, ex, url);
            await Task.Delay(FailureBackoff, cancellationToken);
            return [];
        }
    }

    private async Task HandleAsync(Message message, string output, CancellationToken cancellationToken)
    {
        var receives = message.Attributes?.GetValueOrDefault(MessageSystemAttributeName.ApproximateReceiveCount) ?? "0";
        if (!JobFinishedEvent.TryParse(message.Body, out var jobId, out var reason))
        {
            // Left on the output queue when this fails: the redrive policy moves it after its receives run out.
            await deadLetters.MoveAsync(queues.Options.OutputQueueName, output, message, reason, CancellationToken.None);
            return;
        }

        var lease = new LeasedMessage(output, message.ReceiptHandle, message.MessageId);
        leases.Hold(lease);
        try
        {
            await notifier.NotifyAsync(grains.GetGrain<IJobNotifications>(jobId), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await leases.HandBackAsync([lease], CancellationToken.None);
            return;
        }
        catch (Exception ex)
        {
            LogEventFailed(logger, ex, jobId, message.MessageId, receives);
            leases.Release([lease]);
            return;
        }

        await leases.CompleteAsync([lease], CancellationToken.None);
        LogNotified(logger, jobId, message.MessageId);
    }
}
