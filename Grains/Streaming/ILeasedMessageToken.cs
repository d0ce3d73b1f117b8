namespace FaceClassifier.Streaming;

/// <summary>
/// Identifies a queue message that stays in flight (invisible to other consumers) until its consumer settles it:
/// deletes it after success, or hands it back so another silo receives it. Stream sequence tokens of queue-backed
/// providers implement it; the in-memory provider's tokens do not, and need no settling.
/// </summary>
public interface ILeasedMessageToken
{
    /// <summary>The queue the message came from.</summary>
    string QueueUrl { get; }

    /// <summary>The handle of this receipt of the message; each receive gets a new one.</summary>
    string ReceiptHandle { get; }

    /// <summary>The message's id, the same on every receive.</summary>
    string MessageId { get; }
}
