using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Jobs.Index;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Jobs.DynamoDb;

/// <summary>
/// The jobs list in a DynamoDB table shared by every silo: <c>PK</c> = "jobs", <c>SK</c> = the job's position
/// ("{created ticks}-{id}"), one attribute per field (layout in <c>StateTables.cs</c>). A page is a backward query from
/// the position after which it starts.
/// </summary>
public sealed partial class DynamoDbJobIndex(IAmazonDynamoDB dynamoDb, IOptions<DynamoDbJobIndexOptions> options)
    : IJobIndex, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly string _table = options.Value.TableName;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(DynamoDbJobIndex), ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>Makes sure the table exists, creating it when the options allow.</summary>
    internal Task InitializeAsync(CancellationToken cancellationToken) =>
        DynamoDbTables.EnsureAsync(dynamoDb, TableSchemas.JobIndex(_table), options.Value.CreateIfNotExists, cancellationToken);

    /// <inheritdoc />
    public Task PutAsync(JobIndexEntry entry, CancellationToken cancellationToken = default) =>
        dynamoDb.PutItemAsync(new PutItemRequest { TableName = _table, Item = ToItem(entry) }, cancellationToken);

    /// <inheritdoc />
    public Task DeleteAsync(JobIndexPosition position, CancellationToken cancellationToken = default) =>
        dynamoDb.DeleteItemAsync(new DeleteItemRequest { TableName = _table, Key = Key(position) }, cancellationToken);

    /// <inheritdoc />
    public async Task<JobIndexPage> ReadPageAsync(int limit, JobIndexPosition? after, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);

        // One entry more than the page tells whether another page follows; a query also stops at 1 MB, so it may take several.
        var items = new List<Dictionary<string, AttributeValue>>(limit + 1);
        var start = after is { } position ? Key(position) : null;
        do
        {
            var response = await dynamoDb.QueryAsync(
                new QueryRequest
                {
                    TableName = _table,
                    KeyConditionExpression = "#pk = :pk",
                    ExpressionAttributeNames = new() { ["#pk"] = TableSchemas.PartitionKey },
                    ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = Partition } },
                    ScanIndexForward = false,
                    ConsistentRead = true,
                    Limit = limit + 1 - items.Count,
                    ExclusiveStartKey = start,
                },
                cancellationToken);
            items.AddRange(response.Items ?? []);
            start = response.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (start is not null && items.Count <= limit);

        var jobs = items.Take(limit).Select(ToEntry).ToList();
        return new JobIndexPage(jobs, items.Count > limit ? jobs[^1].Position : null);
    }
}
