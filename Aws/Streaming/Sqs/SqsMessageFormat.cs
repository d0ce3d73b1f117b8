using Orleans.Serialization;

namespace FaceClassifier.Aws.Streaming.Sqs;

/// <summary>
/// The SQS message body of a stream batch: base64 of the Orleans serializer's bytes for an <see cref="SqsBatchContainer"/>
/// (stream id, events, request context; no token).
/// </summary>
internal static class SqsMessageFormat
{
    public static string Encode(Serializer<SqsBatchContainer> serializer, SqsBatchContainer batch) =>
        Convert.ToBase64String(serializer.SerializeToArray(batch));

    /// <summary>The batch <paramref name="body"/> holds, or null with the reason it cannot be read.</summary>
    public static SqsBatchContainer? Decode(Serializer<SqsBatchContainer> serializer, string? body, out string reason)
    {
        if (string.IsNullOrEmpty(body))
        {
            reason = "the message body is empty";
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(body);
        }
        catch (FormatException)
        {
            reason = "the message body is not base64";
            return null;
        }

        try
        {
            var batch = serializer.Deserialize(bytes);
            reason = batch is null ? "the message body holds no stream batch" : "";
            return batch;
        }
        catch (Exception ex)
        {
            reason = $"the message body is not an Orleans stream batch ({ex.GetType().Name}: {ex.Message})";
            return null;
        }
    }
}
