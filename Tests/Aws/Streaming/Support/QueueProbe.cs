using Amazon.SQS;
using Amazon.SQS.Model;
using FaceClassifier.Streaming;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Aws.Streaming.Support;

/// <summary>An SQS queue on the local server as a test sees it: send, receive (with receive counts and attributes), counts.</summary>
public sealed class QueueProbe(IAmazonSQS sqs, string url)
{
    public string Url => url;

    /// <summary>A fresh queue with a unique name.</summary>
    public static async Task<QueueProbe> CreateAsync(IAmazonSQS sqs, string prefix) =>
        new(sqs, (await sqs.CreateQueueAsync($"{prefix}-{Guid.NewGuid():N}")).QueueUrl);

    /// <summary>An existing queue, by name.</summary>
    public static async Task<QueueProbe> OfAsync(IAmazonSQS sqs, string name) =>
        new(sqs, (await sqs.GetQueueUrlAsync(name)).QueueUrl);

    public async Task<string> SendAsync(string body) => (await sqs.SendMessageAsync(url, body)).MessageId;

    /// <summary>One receive call: long-polls up to <paramref name="waitSeconds"/>, or returns at once with 0.</summary>
    public async Task<List<Message>> ReceiveAsync(int waitSeconds, int visibilitySeconds = 30) =>
        (await sqs.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = url,
            MaxNumberOfMessages = 10,
            WaitTimeSeconds = waitSeconds,
            VisibilityTimeout = visibilitySeconds,
            MessageSystemAttributeNames = [MessageSystemAttributeName.ApproximateReceiveCount],
            MessageAttributeNames = ["All"],
        })).Messages ?? [];

    /// <summary>Receives until <paramref name="count"/> messages are in hand, as leases on this queue.</summary>
    public async Task<List<LeasedMessage>> ReceiveLeasesAsync(int count, int visibilitySeconds)
    {
        var leases = new List<LeasedMessage>();
        await Poll.UntilAsync(async () =>
        {
            leases.AddRange((await ReceiveAsync(1, visibilitySeconds)).Select(m => new LeasedMessage(url, m.ReceiptHandle, m.MessageId)));
            return leases.Count >= count ? leases : null;
        }, $"{count} messages from {url}");
        Assert.Equal(count, leases.Count);
        return leases;
    }

    /// <summary>Messages visible and in flight.</summary>
    public async Task<(int Visible, int InFlight)> CountsAsync()
    {
        var attributes = await sqs.GetQueueAttributesAsync(
            url, [QueueAttributeName.ApproximateNumberOfMessages, QueueAttributeName.ApproximateNumberOfMessagesNotVisible]);
        return (attributes.ApproximateNumberOfMessages, attributes.ApproximateNumberOfMessagesNotVisible);
    }

    /// <summary>A queue attribute, such as the redrive policy.</summary>
    public async Task<string?> AttributeAsync(string name) =>
        (await sqs.GetQueueAttributesAsync(url, [name])).Attributes?.GetValueOrDefault(name);

    public static string ReceiveCount(Message message) => message.Attributes[MessageSystemAttributeName.ApproximateReceiveCount];
}
