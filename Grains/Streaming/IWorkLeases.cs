namespace FaceClassifier.Streaming;

/// <summary>
/// Keeps leased queue messages in flight while their work runs, and settles them when it ends. One per silo;
/// queue-less deployments (memory streams) register a no-op, since their tokens are not leased.
/// </summary>
public interface IWorkLeases
{
    /// <summary>Keeps the message invisible to other consumers until it is settled or released.</summary>
    void Hold(ILeasedMessageToken message);

    /// <summary>Deletes the messages: the work they asked for is done and needs them no more.</summary>
    Task CompleteAsync(IEnumerable<ILeasedMessageToken> messages, CancellationToken cancellationToken = default);

    /// <summary>Makes the messages visible at once, so another consumer (silo) receives them now.</summary>
    Task HandBackAsync(IEnumerable<ILeasedMessageToken> messages, CancellationToken cancellationToken = default);

    /// <summary>Stops extending the messages without settling them: they reappear when their visibility timeout ends.</summary>
    void Release(IEnumerable<ILeasedMessageToken> messages);
}
