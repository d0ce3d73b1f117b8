using System.Globalization;
using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Jobs;
using FaceClassifier.Jobs.Index;

namespace FaceClassifier.Aws.Jobs.DynamoDb;

public sealed partial class DynamoDbJobIndex
{
    // Every job in one partition: a page is one query in sort-key order. A partition takes about 1,000 writes a second,
    // far more than jobs are submitted and finished.
    private const string Partition = "jobs";
    private const string NameAttribute = "Name";
    private const string StatusAttribute = "Status";
    private const string CreatedAtAttribute = "CreatedAt";
    private const string CompletedAtAttribute = "CompletedAt";
    private const string PeopleAttribute = "People";

    private static Dictionary<string, AttributeValue> Key(JobIndexPosition position) => new()
    {
        [TableSchemas.PartitionKey] = new AttributeValue { S = Partition },
        [TableSchemas.SortKey] = new AttributeValue { S = position.SortKey },
    };

    private static Dictionary<string, AttributeValue> ToItem(JobIndexEntry entry)
    {
        var item = Key(entry.Position);
        item[StatusAttribute] = new AttributeValue { S = entry.Status.ToString() };
        item[CreatedAtAttribute] = new AttributeValue { S = Timestamp(entry.CreatedAt) };
        // Empty strings and lists are left out rather than relying on every DynamoDB implementation accepting them.
        if (entry.Name.Length > 0)
        {
            item[NameAttribute] = new AttributeValue { S = entry.Name };
        }

        if (entry.CompletedAt is { } completed)
        {
            item[CompletedAtAttribute] = new AttributeValue { S = Timestamp(completed) };
        }

        if (entry.People.Count > 0)
        {
            item[PeopleAttribute] = new AttributeValue { L = [.. entry.People.Select(name => new AttributeValue { S = name })] };
        }

        return item;
    }

    private static JobIndexEntry ToEntry(Dictionary<string, AttributeValue> item)
    {
        if (!JobIndexPosition.TryParse(item[TableSchemas.SortKey].S, out var position))
        {
            throw new InvalidDataException($"Job index item '{item[TableSchemas.SortKey].S}' does not have a job's sort key.");
        }

        return new JobIndexEntry(
            position.JobId,
            item.TryGetValue(NameAttribute, out var name) ? name.S : "",
            Enum.Parse<JobStatus>(item[StatusAttribute].S),
            Timestamp(item[CreatedAtAttribute]),
            item.TryGetValue(CompletedAtAttribute, out var completed) ? Timestamp(completed) : null,
            item.TryGetValue(PeopleAttribute, out var people) ? [.. people.L.Select(p => p.S)] : []);
    }

    private static string Timestamp(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Timestamp(AttributeValue value) =>
        DateTimeOffset.Parse(value.S, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
