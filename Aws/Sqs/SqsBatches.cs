using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;
using FaceClassifier.Streaming;

namespace FaceClassifier.Aws.Sqs;

/// <summary>SQS's batch calls over leased messages: grouped per queue, ten at a time, with the entries SQS refused.</summary>
internal static class SqsBatches
{
    public const int Size = 10;

    /// <summary>The messages per queue in batches SQS accepts, each receipt once.</summary>
    public static IEnumerable<(string Queue, T[] Batch)> ByQueue<T>(IEnumerable<T> messages) where T : ILeasedMessageToken =>
        messages
            .DistinctBy(m => m.ReceiptHandle, StringComparer.Ordinal)
            .GroupBy(m => m.QueueUrl, StringComparer.Ordinal)
            .SelectMany(q => q.Chunk(Size).Select(b => (q.Key, b)));

    /// <summary>Sets the visibility timeout of one batch; returns the entries SQS refused.</summary>
    public static async Task<List<(T Message, BatchResultErrorEntry Error)>> ChangeVisibilityAsync<T>(
        IAmazonSQS sqs, string queue, T[] batch, int seconds, CancellationToken cancellationToken) where T : ILeasedMessageToken
    {
        var response = await sqs.ChangeMessageVisibilityBatchAsync(
            new ChangeMessageVisibilityBatchRequest(
                queue, [.. batch.Select((m, i) => new ChangeMessageVisibilityBatchRequestEntry(Entry(i), m.ReceiptHandle) { VisibilityTimeout = seconds })]),
            cancellationToken);
        return Refused(batch, response.Failed);
    }

    /// <summary>Deletes one batch; returns the entries SQS refused.</summary>
    public static async Task<List<(T Message, BatchResultErrorEntry Error)>> DeleteAsync<T>(
        IAmazonSQS sqs, string queue, T[] batch, CancellationToken cancellationToken) where T : ILeasedMessageToken
    {
        var response = await sqs.DeleteMessageBatchAsync(
            new DeleteMessageBatchRequest(queue, [.. batch.Select((m, i) => new DeleteMessageBatchRequestEntry(Entry(i), m.ReceiptHandle))]),
            cancellationToken);
        return Refused(batch, response.Failed);
    }

    private static string Entry(int index) => index.ToString(CultureInfo.InvariantCulture);

    private static List<(T, BatchResultErrorEntry)> Refused<T>(T[] batch, List<BatchResultErrorEntry>? failed) =>
        [.. (failed ?? []).Select(f => (batch[int.Parse(f.Id, CultureInfo.InvariantCulture)], f))];
}
