using FaceClassifier.Aws.Notifications.Sqs;
using FaceClassifier.Aws.Sqs;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaceClassifier.Aws.Leases;

/// <summary>The queue side of job work in SQS mode: leases on delivered messages, and notifications through the output queue.</summary>
public static class WorkLeaseSiloBuilderExtensions
{
    /// <summary>
    /// Replaces the embedded defaults (no leases, notifying inline) with SQS leases (Queue:VisibilityTimeout) and job
    /// events on the output queue (Queue:OutputName, else {Queue:Name}-output; failures to Queue:DeadLetterName after
    /// Queue:MaxReceiveCount receives), consumed by a <see cref="NotificationQueueConsumer"/> on this silo.
    /// </summary>
    public static ISiloBuilder AddSqsWorkLeases(this ISiloBuilder silo)
    {
        var services = silo.Services;
        services.AddSqsQueues();
        services.RemoveAll<IWorkLeases>();
        services.AddSingleton<IWorkLeases, WorkLeases>();
        services.RemoveAll<IJobNotificationDispatch>();
        services.AddSingleton<IJobNotificationDispatch, QueuedNotificationDispatch>();
        services.AddHostedService<NotificationQueueConsumer>();
        return silo;
    }
}
