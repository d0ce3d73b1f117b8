namespace FaceClassifier.Streaming;

/// <summary>The leases of a deployment without a queue (memory streams): there is nothing to hold or settle.</summary>
public sealed class NoWorkLeases : IWorkLeases
{
    public void Hold(ILeasedMessageToken message)
    {
    }

    public Task CompleteAsync(IEnumerable<ILeasedMessageToken> messages, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task HandBackAsync(IEnumerable<ILeasedMessageToken> messages, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public void Release(IEnumerable<ILeasedMessageToken> messages)
    {
    }
}
