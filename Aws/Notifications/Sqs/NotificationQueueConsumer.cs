using Amazon.SQS;
using Amazon.SQS.Model;
using FaceClassifier.Aws.Leases;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Streaming;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Notifications.Sqs;

/// <summary>
/// Sends finished jobs' notifications from the output queue (every silo runs one in SQS mode). An event is held in
/// flight while its notifications go out and deleted once they did; when that throws it is released, to reappear and,
/// after Queue:MaxReceiveCount receives, be moved to the dead-letter queue by SQS's redrive policy. A body that is not
/// such an event goes to the dead-letter queue at once, with the reason as a message attribute.
/// </summary>
public sealed partial class NotificationQueueConsumer(
    IAmazonSQS sqs,
    NotificationQueue queue,
    IWorkLeases leases,
    JobNotifier notifier,
    IGrainFactory grains,
    IHostApplicationLifetime lifetime,
    IOptions<WorkLeaseOptions> options,
    ILogger<NotificationQueueConsumer> logger) : BackgroundService
{
    /// <summary>The dead-lettered event's attribute saying why it was not processed.</summary>
    public const string ReasonAttribute = "reason";

    /// <summary>The dead-lettered event's attribute with the receives it had when it was moved.</summary>
    public const string ReceiveCountAttribute = "receive-count";

    private static readonly TimeSpan FailureBackoff = TimeSpan.FromSeconds(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // A missing queue fails the start, naming the queue, rather than a log line later.
        await queue.UrlsAsync(cancellationToken);
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

        var urls = await queue.UrlsAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var messages = await ReceiveAsync(urls.Output, stoppingToken);
            await Task.WhenAll(messages.Select(m => HandleAsync(m, urls, stoppingToken)));
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
                VisibilityTimeout = options.Value.VisibilitySeconds,
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

    private async Task HandleAsync(Message message, NotificationQueueUrls urls, CancellationToken cancellationToken)
    {
        var receives = message.Attributes?.GetValueOrDefault(MessageSystemAttributeName.ApproximateReceiveCount) ?? "0";
        if (!JobFinishedEvent.TryParse(message.Body, out var jobId, out var reason))
        {
            await DeadLetterAsync(message, urls, reason, receives);
            return;
        }

        var lease = new LeasedMessage(urls.Output, message.ReceiptHandle, message.MessageId);
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

    private async Task DeadLetterAsync(Message message, NotificationQueueUrls urls, string reason, string receives)
    {
        try
        {
            await sqs.SendMessageAsync(new SendMessageRequest
            {
                QueueUrl = urls.DeadLetter,
                MessageBody = message.Body,
                MessageAttributes = new()
                {
                    [ReasonAttribute] = new MessageAttributeValue { DataType = "String", StringValue = reason },
                    [ReceiveCountAttribute] = new MessageAttributeValue { DataType = "Number", StringValue = receives },
                },
            }, CancellationToken.None);
            await sqs.DeleteMessageAsync(urls.Output, message.ReceiptHandle, CancellationToken.None);
            LogDeadLettered(logger, message.MessageId, reason);
        }
        catch (Exception ex)
        {
            // Left on the output queue: the redrive policy moves it after its receives run out.
            LogDeadLetterFailed(logger, ex, message.MessageId, reason);
        }
    }
}
