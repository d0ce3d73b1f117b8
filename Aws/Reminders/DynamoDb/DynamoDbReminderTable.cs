using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws.DynamoDb;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Reminders.DynamoDb;

/// <summary>
/// The reminder table in DynamoDB, shared by every silo: one item per reminder, <c>PK</c> = grain id, <c>SK</c> = reminder
/// name, with the grain id's uniform hash (Number <c>Hash</c>) for ring-range reads. Range reads scan the table with a
/// filter on <c>Hash</c>: fine for the handful of reminders this service keeps (one per unfinished job); millions of
/// reminders would want a GSI on a hash bucket instead. ETags are fresh Guids; removal is conditional on them.
/// </summary>
public sealed partial class DynamoDbReminderTable(IAmazonDynamoDB dynamoDb, IOptions<DynamoDbReminderTableOptions> options) : IReminderTable
{
    private readonly string _table = options.Value.TableName;

    public Task StartAsync(CancellationToken cancellationToken = default) =>
        DynamoDbTables.EnsureAsync(dynamoDb, TableSchemas.Reminders(_table), options.Value.CreateIfNotExists, cancellationToken);

    public Task<ReminderTableData> ReadRows(GrainId grainId) => ReadRows(grainId, CancellationToken.None);

    public async Task<ReminderTableData> ReadRows(GrainId grainId, CancellationToken cancellationToken)
    {
        var rows = new List<ReminderEntry>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var response = await dynamoDb.QueryAsync(
                new QueryRequest
                {
                    TableName = _table,
                    KeyConditionExpression = "#pk = :pk",
                    ExpressionAttributeNames = new() { ["#pk"] = TableSchemas.PartitionKey },
                    ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = grainId.ToString() } },
                    ConsistentRead = true,
                    ExclusiveStartKey = start,
                },
                cancellationToken);
            rows.AddRange(response.Items?.Select(ToEntry) ?? []);
            start = response.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);

        return new ReminderTableData(rows);
    }

    public Task<ReminderTableData> ReadRows(uint begin, uint end) => ReadRows(begin, end, CancellationToken.None);

    /// <summary>Rows whose hash is in the ring range (begin, end], wrapping past uint.MaxValue when begin >= end.</summary>
    public async Task<ReminderTableData> ReadRows(uint begin, uint end, CancellationToken cancellationToken)
    {
        var items = await ScanAsync(
            begin < end ? "#h > :b AND #h <= :e" : "#h > :b OR #h <= :e",
            new() { ["#h"] = HashAttribute },
            new() { [":b"] = Number(begin), [":e"] = Number(end) },
            cancellationToken);
        return new ReminderTableData(items.Select(ToEntry));
    }

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) => ReadRow(grainId, reminderName, CancellationToken.None);

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(
            new GetItemRequest { TableName = _table, Key = Key(grainId, reminderName), ConsistentRead = true }, cancellationToken);
        return response.Item is { Count: > 0 } item ? ToEntry(item) : null;
    }

    public Task<string?> UpsertRow(ReminderEntry entry) => UpsertRow(entry, CancellationToken.None);

    /// <summary>Writes the row with a new ETag; an entry that carries an ETag is written only over that version (else null).</summary>
    public async Task<string?> UpsertRow(ReminderEntry entry, CancellationToken cancellationToken)
    {
        var etag = Guid.NewGuid().ToString("N");
        var request = new PutItemRequest { TableName = _table, Item = ToItem(entry, etag) };
        if (entry.ETag is { } expected)
        {
            request.ConditionExpression = "#etag = :etag";
            request.ExpressionAttributeNames = new() { ["#etag"] = ETagAttribute };
            request.ExpressionAttributeValues = new() { [":etag"] = new AttributeValue { S = expected } };
        }

        try
        {
            await dynamoDb.PutItemAsync(request, cancellationToken);
            return etag;
        }
        catch (ConditionalCheckFailedException)
        {
            return null;
        }
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) => RemoveRow(grainId, reminderName, eTag, CancellationToken.None);

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken)
    {
        try
        {
            await dynamoDb.DeleteItemAsync(
                new DeleteItemRequest
                {
                    TableName = _table,
                    Key = Key(grainId, reminderName),
                    ConditionExpression = "#etag = :etag",
                    ExpressionAttributeNames = new() { ["#etag"] = ETagAttribute },
                    ExpressionAttributeValues = new() { [":etag"] = new AttributeValue { S = eTag } },
                },
                cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    public Task TestOnlyClearTable() => TestOnlyClearTable(CancellationToken.None);

    public async Task TestOnlyClearTable(CancellationToken cancellationToken)
    {
        foreach (var item in await ScanAsync(null, null, null, cancellationToken))
        {
            var key = new Dictionary<string, AttributeValue> { [TableSchemas.PartitionKey] = item[TableSchemas.PartitionKey], [TableSchemas.SortKey] = item[TableSchemas.SortKey] };
            await dynamoDb.DeleteItemAsync(new DeleteItemRequest { TableName = _table, Key = key }, cancellationToken);
        }
    }
}
