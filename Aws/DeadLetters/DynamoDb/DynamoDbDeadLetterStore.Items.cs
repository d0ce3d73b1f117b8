using System.Globalization;
using System.Text;
using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Aws.Persistence.DynamoDb;
using FaceClassifier.Notifications;
using FaceClassifier.Notifications.DeadLetters;

namespace FaceClassifier.Aws.DeadLetters.DynamoDb;

public sealed partial class DynamoDbDeadLetterStore
{
    private static Dictionary<string, AttributeValue> Key(Guid id) =>
        new() { [TableSchemas.PartitionKey] = new AttributeValue { S = id.ToString("D") } };

    private static Dictionary<string, AttributeValue> ToItem(DeadLetter letter)
    {
        var item = Key(letter.Id);
        item["Kind"] = new AttributeValue { S = letter.Kind.ToString() };
        item["JobId"] = new AttributeValue { S = letter.JobId.ToString("D") };
        item["Payload"] = new AttributeValue { B = StateCompression.Compress(Encoding.UTF8.GetBytes(letter.Payload)) };
        item["Attempts"] = new AttributeValue { N = letter.Attempts.ToString(CultureInfo.InvariantCulture) };
        item["FirstFailedAt"] = new AttributeValue { S = letter.FirstFailedAt.ToString("O", CultureInfo.InvariantCulture) };
        item["LastFailedAt"] = new AttributeValue { S = letter.LastFailedAt.ToString("O", CultureInfo.InvariantCulture) };
        // Empty strings are left out rather than relying on every DynamoDB implementation accepting them.
        foreach (var (name, value) in new[] { ("Target", letter.Target), ("LastError", letter.LastError) })
        {
            if (value.Length > 0)
            {
                item[name] = new AttributeValue { S = value };
            }
        }

        return item;
    }

    private static DeadLetter ToLetter(Dictionary<string, AttributeValue> item) => new(
        Guid.Parse(item[TableSchemas.PartitionKey].S),
        Enum.Parse<NotificationKind>(item["Kind"].S),
        Guid.Parse(item["JobId"].S),
        item.TryGetValue("Target", out var target) ? target.S : "",
        Encoding.UTF8.GetString(StateCompression.Decompress(item["Payload"].B)),
        item.TryGetValue("LastError", out var error) ? error.S : "",
        int.Parse(item["Attempts"].N, CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(item["FirstFailedAt"].S, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        DateTimeOffset.Parse(item["LastFailedAt"].S, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
}
