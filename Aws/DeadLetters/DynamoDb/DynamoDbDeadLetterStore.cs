using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Notifications.DeadLetters;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.DeadLetters.DynamoDb;

/// <summary>
/// Dead letters in a DynamoDB table, so every silo sees and replays the same ones: <c>PK</c> = the letter's id, one
/// attribute per field, the payload Brotli-compressed. Listing scans the table; dead letters are few.
/// </summary>
public sealed partial class DynamoDbDeadLetterStore(IAmazonDynamoDB dynamoDb, IOptions<DynamoDbDeadLetterStoreOptions> options)
    : IDeadLetterStore, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly string _table = options.Value.TableName;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(DynamoDbDeadLetterStore), ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>Makes sure the table exists, creating it when the options allow.</summary>
    internal Task InitializeAsync(CancellationToken cancellationToken) =>
        DynamoDbTables.EnsureAsync(dynamoDb, TableSchemas.DeadLetters(_table), options.Value.CreateIfNotExists, cancellationToken);

    /// <inheritdoc />
    public Task SaveAsync(DeadLetter deadLetter, CancellationToken cancellationToken = default) =>
        dynamoDb.PutItemAsync(new PutItemRequest { TableName = _table, Item = ToItem(deadLetter) }, cancellationToken);

    /// <inheritdoc />
    public async Task<DeadLetter?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest { TableName = _table, Key = Key(id), ConsistentRead = true }, cancellationToken);
        return response.Item is { Count: > 0 } item ? ToLetter(item) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DeadLetter>> ListAsync(CancellationToken cancellationToken = default)
    {
        var letters = new List<DeadLetter>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var response = await dynamoDb.ScanAsync(
                new ScanRequest { TableName = _table, ConsistentRead = true, ExclusiveStartKey = start }, cancellationToken);
            letters.AddRange(response.Items?.Select(ToLetter) ?? []);
            start = response.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);

        return [.. letters.OrderBy(l => l.FirstFailedAt).ThenBy(l => l.Id)];
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        try
        {
            await dynamoDb.DeleteItemAsync(
                new DeleteItemRequest
                {
                    TableName = _table,
                    Key = Key(id),
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
}
