namespace FaceClassifier.Aws.Notifications.Sqs;

/// <summary>The output queue of job events and the dead-letter queue its failures end in (section "Queue").</summary>
public sealed class NotificationQueueOptions
{
    public const string Section = "Queue";

    /// <summary>The work queue's name; the output queue is named after it unless <see cref="OutputName"/> is set.</summary>
    public string? Name { get; set; }

    /// <summary>The output queue; <c>{Name}-output</c> when unset.</summary>
    public string? OutputName { get; set; }

    /// <summary>The dead-letter queue (shared with the work queue).</summary>
    public string? DeadLetterName { get; set; }

    /// <summary>Receives of an event before SQS's redrive policy moves it to the dead-letter queue.</summary>
    public int MaxReceiveCount { get; set; } = 5;

    /// <summary>The output queue's name as configured.</summary>
    public string OutputQueueName => OutputName is { Length: > 0 } name ? name : $"{Name}-output";
}
