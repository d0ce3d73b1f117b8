using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Gallery.Storage;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Gallery.DynamoDb;

/// <summary>
/// Gallery people in a DynamoDB table shared by every silo: <c>PK</c> = "shard/{n}", <c>SK</c> = person id, one attribute
/// per field (layout in <c>StateTables.cs</c>). A shard's pages are one query over its partition; the continuation is the
/// sort key of the last item read. Items over <see cref="GalleryRecords.MaxBytes"/> are refused before they are sent.
/// </summary>
public sealed partial class DynamoDbGalleryStore(IAmazonDynamoDB dynamoDb, IOptions<DynamoDbGalleryStoreOptions> options)
    : IGalleryStore, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly string _table = options.Value.TableName;
    private readonly int _pageSize = options.Value.PageSize;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(DynamoDbGalleryStore), ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>Makes sure the table exists, creating it when the options allow.</summary>
    internal Task InitializeAsync(CancellationToken cancellationToken) =>
        DynamoDbTables.EnsureAsync(dynamoDb, TableSchemas.GalleryPeople(_table), options.Value.CreateIfNotExists, cancellationToken);

    /// <inheritdoc />
    public Task PutAsync(int shard, StoredPerson person, CancellationToken cancellationToken = default)
    {
        var item = ToItem(shard, person);
        GalleryRecords.EnsureWithinLimit(person.PersonId, DynamoDbItemSize.Of(item));
        return dynamoDb.PutItemAsync(new PutItemRequest { TableName = _table, Item = item }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StoredPerson?> GetAsync(int shard, string personId, CancellationToken cancellationToken = default)
    {
        var response = await dynamoDb.GetItemAsync(
            new GetItemRequest { TableName = _table, Key = Key(shard, personId), ConsistentRead = true }, cancellationToken);
        return response.Item is { Count: > 0 } item ? ToPerson(item) : null;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(int shard, string personId, CancellationToken cancellationToken = default)
    {
        try
        {
            await dynamoDb.DeleteItemAsync(
                new DeleteItemRequest
                {
                    TableName = _table,
                    Key = Key(shard, personId),
                    ConditionExpression = "attribute_exists(#pk)",
                    ExpressionAttributeNames = new() { ["#pk"] = TableSchemas.PartitionKey },
                },
                cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<GalleryPage> ReadPageAsync(int shard, string? continuation, CancellationToken cancellationToken = default)
    {
        var response = await dynamoDb.QueryAsync(
            new QueryRequest
            {
                TableName = _table,
                KeyConditionExpression = "#pk = :pk",
                ExpressionAttributeNames = new() { ["#pk"] = TableSchemas.PartitionKey },
                ExpressionAttributeValues = new() { [":pk"] = Partition(shard) },
                ConsistentRead = true,
                Limit = _pageSize,
                ExclusiveStartKey = continuation is null ? null : Key(shard, continuation),
            },
            cancellationToken);
        var next = response.LastEvaluatedKey is { Count: > 0 } last ? last[TableSchemas.SortKey].S : null;
        return new GalleryPage([.. response.Items?.Select(ToPerson) ?? []], next);
    }
}
