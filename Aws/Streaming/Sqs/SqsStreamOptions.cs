namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>Options of one SQS stream provider (bound from the "Queue" section for the job work stream).</summary>
public sealed class SqsStreamOptions
{
    public const string Section = "Queue";
    public const int MaxQueueCount = 64;

    /// <summary>Base name of the work queues: the stream is spread over <c>{Name}-0</c> … <c>{Name}-{Count-1}</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>The dead-letter queue: where SQS moves a message received too often, and where unreadable messages go.</summary>
    public string DeadLetterName { get; set; } = "";

    /// <summary>How many queues the stream is spread over (1 to 64); each stream id always maps to the same queue.</summary>
    public int Count { get; set; } = 1;

    /// <summary>Receives after which SQS's redrive policy moves a message to the dead-letter queue.</summary>
    public int MaxReceiveCount { get; set; } = 5;

    /// <summary>How long a received message stays invisible to other silos; extended while this silo holds it (whole seconds).</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Long-poll wait of one receive (whole seconds, 0 to 20); short, because a stopping silo waits for the poll in flight.</summary>
    public TimeSpan WaitTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Messages asked for per receive (1 to 10).</summary>
    public int MaxMessagesPerReceive { get; set; } = 10;

    /// <summary>
    /// False (the default): the consumer settles each message through its <see cref="ILeasedMessageToken"/> and the
    /// receiver stops extending it once delivered. True: the receiver deletes a message as soon as it is delivered.
    /// </summary>
    public bool SettleOnDelivery { get; set; }

    /// <summary>The work queue names, in queue order.</summary>
    public IReadOnlyList<string> QueueNames() => [.. Enumerable.Range(0, Count).Select(i => $"{Name}-{i}")];

    internal int VisibilitySeconds => (int)VisibilityTimeout.TotalSeconds;

    internal int WaitSeconds => (int)WaitTime.TotalSeconds;
}
