using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Aws.Notifications.Sqs;
using FaceClassifier.Jobs;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaceClassifier.Aws.Leases;

/// <summary>The queue side of job work in SQS mode: leases on delivered messages, and notifications through the output queue.</summary>
public static class WorkLeaseHosting
{
    /// <summary>
    /// Replaces the embedded defaults (no leases, notifying inline) with SQS leases (Queue:VisibilityTimeout) and job
    /// events on the output queue (Queue:OutputName, else {Queue:Name}-output; failures to Queue:DeadLetterName after
    /// Queue:MaxReceiveCount receives), consumed by a <see cref="NotificationQueueConsumer"/> on this silo.
    /// </summary>
    public static ISiloBuilder AddSqsWorkLeases(this ISiloBuilder silo)
    {
        var services = silo.Services;
        services.AddAwsClients();
        services.AddOptions<WorkLeaseOptions>().BindConfiguration(WorkLeaseOptions.Section)
            .Validate(
                o => o.VisibilityTimeout >= TimeSpan.FromSeconds(1) && o.VisibilityTimeout <= TimeSpan.FromHours(12),
                "Queue:VisibilityTimeout (environment variable Queue__VisibilityTimeout) must be between 00:00:01 and 12:00:00.")
            .ValidateOnStart();
        services.AddOptions<NotificationQueueOptions>().BindConfiguration(NotificationQueueOptions.Section)
            .Validate(
                o => o.Name is { Length: > 0 } || o.OutputName is { Length: > 0 },
                "Missing setting Queue:Name (environment variable Queue__Name), required to name the output queue for Queue:Provider=SQS.")
            .Validate(
                o => o.DeadLetterName is { Length: > 0 },
                "Missing setting Queue:DeadLetterName (environment variable Queue__DeadLetterName), required for Queue:Provider=SQS.")
            .Validate(o => o.MaxReceiveCount is >= 1 and <= 1000, "Queue:MaxReceiveCount must be between 1 and 1000.")
            .ValidateOnStart();

        services.RemoveAll<IWorkLeases>();
        services.AddSingleton<IWorkLeases, WorkLeases>();
        services.RemoveAll<IJobNotificationDispatch>();
        services.AddSingleton<IJobNotificationDispatch, QueuedNotificationDispatch>();
        services.TryAddSingleton<NotificationQueue>();
        services.AddHostedService<NotificationQueueConsumer>();
        return silo;
    }
}
