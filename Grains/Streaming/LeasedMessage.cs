namespace FaceClassifier.Streaming;

/// <summary>A received queue message as a lease, for consumers that read a queue themselves rather than through a stream.</summary>
public sealed record LeasedMessage(string QueueUrl, string ReceiptHandle, string MessageId) : ILeasedMessageToken;
