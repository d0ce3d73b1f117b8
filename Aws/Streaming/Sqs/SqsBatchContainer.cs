using Orleans.Streams;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>
/// The events one SQS message carries for one stream. Sent as the message body without a token; the receiver adds
/// the token (the lease on the message) when it reads the message.
/// </summary>
[GenerateSerializer, Alias("fc.SqsBatchContainer")]
public sealed class SqsBatchContainer : IBatchContainer
{
    [Id(0)]
    private readonly StreamId _streamId;

    [Id(1)]
    private readonly List<object> _events;

    [Id(2)]
    private readonly Dictionary<string, object>? _requestContext;

    [Id(3)]
    private SqsSequenceToken? _token;

    public SqsBatchContainer(StreamId streamId, List<object> events, Dictionary<string, object>? requestContext)
    {
        _streamId = streamId;
        _events = events;
        _requestContext = requestContext;
    }

    public StreamId StreamId => _streamId;

    /// <summary>The events in publishing order.</summary>
    public IReadOnlyList<object> Events => _events;

    /// <summary>The lease on the message this batch came in; only a received batch has one.</summary>
    public SqsSequenceToken Token => _token ?? throw new InvalidOperationException("This batch has not been received from SQS.");

    public StreamSequenceToken SequenceToken => Token;

    public IEnumerable<Tuple<T, StreamSequenceToken>> GetEvents<T>() =>
        _events
            .Select((item, index) => (item, index))
            .Where(e => e.item is T)
            .Select(e => Tuple.Create((T)e.item, (StreamSequenceToken)Token.ForEvent(e.index)));

    public bool ImportRequestContext()
    {
        if (_requestContext is null)
        {
            return false;
        }

        RequestContextExtensions.Import(_requestContext);
        return true;
    }

    internal SqsBatchContainer Received(SqsSequenceToken token)
    {
        _token = token;
        return this;
    }

    public override string ToString() => $"[SqsBatchContainer stream {_streamId}, {_events.Count} events, {_token}]";
}
