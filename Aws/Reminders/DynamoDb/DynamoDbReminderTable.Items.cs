using System.Globalization;
using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws.DynamoDb;

namespace FaceClassifier.Aws.Reminders.DynamoDb;

public sealed partial class DynamoDbReminderTable
{
    private const string HashAttribute = "Hash";
    private const string StartAtAttribute = "StartAt";
    private const string PeriodAttribute = "Period";
    private const string ETagAttribute = "ETag";

    private async Task<List<Dictionary<string, AttributeValue>>> ScanAsync(
        string? filter, Dictionary<string, string>? names, Dictionary<string, AttributeValue>? values, CancellationToken cancellationToken)
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var response = await dynamoDb.ScanAsync(
                new ScanRequest
                {
                    TableName = _table,
                    FilterExpression = filter,
                    ExpressionAttributeNames = names,
                    ExpressionAttributeValues = values,
                    ConsistentRead = true,
                    ExclusiveStartKey = start,
                },
                cancellationToken);
            items.AddRange(response.Items ?? []);
            start = response.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);

        return items;
    }

    private static Dictionary<string, AttributeValue> Key(GrainId grainId, string reminderName) => new()
    {
        [TableSchemas.PartitionKey] = new AttributeValue { S = grainId.ToString() },
        [TableSchemas.SortKey] = new AttributeValue { S = reminderName },
    };

    private static Dictionary<string, AttributeValue> ToItem(ReminderEntry entry, string etag)
    {
        var item = Key(entry.GrainId, entry.ReminderName);
        var startAt = entry.StartAt.Kind == DateTimeKind.Local ? entry.StartAt.ToUniversalTime() : DateTime.SpecifyKind(entry.StartAt, DateTimeKind.Utc);
        item[HashAttribute] = Number(entry.GrainId.GetUniformHashCode());
        item[StartAtAttribute] = new AttributeValue { S = startAt.ToString("O", CultureInfo.InvariantCulture) };
        item[PeriodAttribute] = new AttributeValue { N = entry.Period.Ticks.ToString(CultureInfo.InvariantCulture) };
        item[ETagAttribute] = new AttributeValue { S = etag };
        return item;
    }

    private static ReminderEntry ToEntry(Dictionary<string, AttributeValue> item) => new()
    {
        GrainId = GrainId.Parse(item[TableSchemas.PartitionKey].S),
        ReminderName = item[TableSchemas.SortKey].S,
        StartAt = DateTime.Parse(item[StartAtAttribute].S, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        Period = TimeSpan.FromTicks(long.Parse(item[PeriodAttribute].N, CultureInfo.InvariantCulture)),
        ETag = item[ETagAttribute].S,
    };

    private static AttributeValue Number(uint value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };
}
