namespace FaceClassifier.Jobs;

/// <summary>Names of the stream provider and namespace that carry job work.</summary>
public static class JobStreams
{
    /// <summary>The stream provider: in-memory when embedded, a queue (SQS) in the cloud.</summary>
    public const string Provider = "job-work";

    /// <summary>The namespace; the stream id's Guid is the job id, and each job's runner subscribes implicitly.</summary>
    public const string Namespace = "classification-jobs";

    /// <summary>Storage for the Orleans stream pub-sub state.</summary>
    public const string PubSubStore = "PubSubStore";
}
