using System.Globalization;
using FaceClassifier.Streaming;
using Orleans.Streams;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>
/// Where an event stands in one receiver's read order (sequence number, event index), and the lease on the SQS
/// message that carried it, so its consumer can settle the message.
/// </summary>
[GenerateSerializer, Alias("fc.SqsSequenceToken")]
public sealed class SqsSequenceToken : StreamSequenceToken, ILeasedMessageToken
{
    public SqsSequenceToken(long sequenceNumber, int eventIndex, string queueUrl, string receiptHandle, string messageId, int receiveCount)
    {
        SequenceNumber = sequenceNumber;
        EventIndex = eventIndex;
        QueueUrl = queueUrl;
        ReceiptHandle = receiptHandle;
        MessageId = messageId;
        ReceiveCount = receiveCount;
    }

    /// <summary>The receiver's count of messages read before this one.</summary>
    [Id(0)]
    public override long SequenceNumber { get; protected set; }

    /// <summary>The event's position within its message.</summary>
    [Id(1)]
    public override int EventIndex { get; protected set; }

    [Id(2)]
    public string QueueUrl { get; private set; }

    [Id(3)]
    public string ReceiptHandle { get; private set; }

    [Id(4)]
    public string MessageId { get; private set; }

    /// <summary>SQS's ApproximateReceiveCount for this receipt: 1 on the first delivery, higher on redeliveries.</summary>
    [Id(5)]
    public int ReceiveCount { get; private set; }

    /// <summary>The token of the event at <paramref name="eventIndex"/> in the same message.</summary>
    public SqsSequenceToken ForEvent(int eventIndex) =>
        new(SequenceNumber, eventIndex, QueueUrl, ReceiptHandle, MessageId, ReceiveCount);

    public override bool Equals(StreamSequenceToken? other) =>
        other is SqsSequenceToken token && token.SequenceNumber == SequenceNumber && token.EventIndex == EventIndex;

    public override bool Equals(object? obj) => obj is StreamSequenceToken token && Equals(token);

    public override int GetHashCode() => HashCode.Combine(SequenceNumber, EventIndex);

    public override int CompareTo(StreamSequenceToken? other)
    {
        if (other is null)
        {
            return 1;
        }

        var bySequence = SequenceNumber.CompareTo(other.SequenceNumber);
        return bySequence != 0 ? bySequence : EventIndex.CompareTo(other.EventIndex);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[SqsSequenceToken {SequenceNumber}.{EventIndex} message {MessageId} receive {ReceiveCount}]");
}
