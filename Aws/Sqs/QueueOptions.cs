namespace FaceClassifier.Aws.Sqs;

/// <summary>The SQS queues of job work and job events (section "Queue"), shared by the stream provider, the leases and the output queue.</summary>
public sealed class QueueOptions
{
    public const string Section = "Queue";
    public const int MaxQueueCount = 64;

    /// <summary>Base name of the work queues: the stream is spread over <c>{Name}-0</c> … <c>{Name}-{Count-1}</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>The dead-letter queue: where SQS moves a message received too often, and where unreadable messages go.</summary>
    public string DeadLetterName { get; set; } = "";

    /// <summary>How many queues the stream is spread over (1 to 64); each stream id always maps to the same queue.</summary>
    public int Count { get; set; } = 1;

    /// <summary>The output queue of job events; <c>{Name}-output</c> when unset.</summary>
    public string? OutputName { get; set; }

    /// <summary>Receives after which SQS's redrive policy moves a message to the dead-letter queue (1 to 1000).</summary>
    public int MaxReceiveCount { get; set; } = 5;

    /// <summary>How long a received message stays invisible to other silos; extended while this silo holds it (whole seconds, 1 s to 12 h).</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Long-poll wait of one receive (whole seconds, 0 to 20); short, because a stopping silo waits for the poll in flight.</summary>
    public TimeSpan WaitTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Messages asked for per receive (1 to 10).</summary>
    public int MaxMessagesPerReceive { get; set; } = 10;

    /// <summary>
    /// False (the default): the consumer settles each message through its lease and the receiver stops extending it
    /// once delivered. True: the receiver deletes a message as soon as it is delivered.
    /// </summary>
    public bool SettleOnDelivery { get; set; }

    /// <summary>The work queue names, in queue order.</summary>
    public IReadOnlyList<string> QueueNames() => [.. Enumerable.Range(0, Count).Select(i => $"{Name}-{i}")];

    /// <summary>The output queue's name as configured.</summary>
    public string OutputQueueName => OutputName is { Length: > 0 } name ? name : $"{Name}-output";

    /// <summary>The visibility timeout in the whole seconds SQS takes (the validator refuses fractions).</summary>
    public int VisibilitySeconds => (int)VisibilityTimeout.TotalSeconds;

    /// <summary>How often held messages are extended: every third of the timeout, so each is extended at least twice before it could reappear.</summary>
    public TimeSpan ExtensionPeriod => VisibilityTimeout / 3;

    internal int WaitSeconds => (int)WaitTime.TotalSeconds;
}
