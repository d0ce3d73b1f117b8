using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws.DynamoDb;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace FaceClassifier.Aws.Persistence.DynamoDb;

/// <summary>
/// Grain storage in a DynamoDB table, one item per grain state: key <c>PK</c> = "{state name}/{grain id}", the serialized
/// state Brotli-compressed in the Binary attribute <c>State</c>, and a Number <c>Version</c> whose text is the ETag. Every
/// write is conditional on the version the grain read (or on no item, for a first write), so a stale activation gets an
/// <see cref="InconsistentStateException"/> instead of overwriting newer state.
/// </summary>
public sealed partial class DynamoDbGrainStorage(
    string name, DynamoDbGrainStorageOptions options, IAmazonDynamoDB dynamoDb, ILogger<DynamoDbGrainStorage> logger)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The largest compressed state written; DynamoDB refuses items over 400 KB, key and attribute names included.</summary>
    public const int MaxStateBytes = 350 * 1024;

    private const string VersionAttribute = "Version";
    private const string StateAttribute = "State";
    private const string UpdatedAtAttribute = "UpdatedAt";

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe($"{nameof(DynamoDbGrainStorage)}-{name}", ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>Makes sure the table exists, creating it when the options allow.</summary>
    internal Task InitializeAsync(CancellationToken cancellationToken) =>
        DynamoDbTables.EnsureAsync(dynamoDb, TableSchemas.GrainState(options.TableName), options.CreateIfNotExists, cancellationToken);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var request = new GetItemRequest { TableName = options.TableName, Key = Key(stateName, grainId), ConsistentRead = true };
        var response = await CallAsync("read", stateName, grainId, () => dynamoDb.GetItemAsync(request));
        if (response.Item is not { Count: > 0 } item)
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        // A tombstone (cleared state) has a version but no state: the next write must name that version.
        grainState.ETag = item[VersionAttribute].N;
        grainState.RecordExists = item.TryGetValue(StateAttribute, out var state);
        if (state is not null)
        {
            grainState.State = options.GrainStorageSerializer.Deserialize<T>(new BinaryData(StateCompression.Decompress(state.B)));
        }
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var expected = ExpectedVersion(stateName, grainId, grainState.ETag);
        using var payload = StateCompression.Compress(options.GrainStorageSerializer.Serialize(grainState.State).ToMemory());
        if (payload.Length > MaxStateBytes)
        {
            LogTooLarge(logger, name, stateName, grainId, payload.Length);
            throw new OrleansException(
                $"The state '{stateName}' of grain {grainId} is {payload.Length} bytes compressed, over the {MaxStateBytes}-byte limit of "
                + $"DynamoDB grain storage '{name}' (table {options.TableName}; DynamoDB items hold at most 400 KB). It was not written.");
        }

        var version = (expected ?? 0) + 1;
        await PutAsync("write", stateName, grainId, grainState.ETag, expected, Item(stateName, grainId, version, payload));
        grainState.ETag = Text(version);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var expected = ExpectedVersion(stateName, grainId, grainState.ETag);
        if (options.DeleteStateOnClear)
        {
            var condition = Condition.On(expected);
            var request = new DeleteItemRequest
            {
                TableName = options.TableName,
                Key = Key(stateName, grainId),
                ConditionExpression = condition.Expression,
                ExpressionAttributeNames = condition.Names,
                ExpressionAttributeValues = condition.Values,
            };
            await ConditionallyAsync("clear", stateName, grainId, grainState.ETag, () => dynamoDb.DeleteItemAsync(request));
            grainState.ETag = null;
        }
        else
        {
            var version = (expected ?? 0) + 1;
            await PutAsync("clear", stateName, grainId, grainState.ETag, expected, Item(stateName, grainId, version, payload: null));
            grainState.ETag = Text(version);
        }

        grainState.RecordExists = false;
    }

    private Task PutAsync(string operation, string stateName, GrainId grainId, string? etag, long? expected, Dictionary<string, AttributeValue> item)
    {
        var condition = Condition.On(expected);
        var request = new PutItemRequest
        {
            TableName = options.TableName,
            Item = item,
            ConditionExpression = condition.Expression,
            ExpressionAttributeNames = condition.Names,
            ExpressionAttributeValues = condition.Values,
        };
        return ConditionallyAsync(operation, stateName, grainId, etag, () => dynamoDb.PutItemAsync(request));
    }

    private static Dictionary<string, AttributeValue> Item(string stateName, GrainId grainId, long version, MemoryStream? payload)
    {
        var item = Key(stateName, grainId);
        item[VersionAttribute] = new AttributeValue { N = Text(version) };
        item[UpdatedAtAttribute] = new AttributeValue { S = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) };
        if (payload is not null)
        {
            item[StateAttribute] = new AttributeValue { B = payload };
        }

        return item;
    }

    /// <summary>The item key; a state name holds no '/', so the first '/' separates it from the grain id.</summary>
    private static Dictionary<string, AttributeValue> Key(string stateName, GrainId grainId) =>
        stateName.Contains('/', StringComparison.Ordinal)
            ? throw new ArgumentException($"State name '{stateName}' contains '/', which DynamoDB grain storage reserves.", nameof(stateName))
            : new() { [TableSchemas.PartitionKey] = new AttributeValue { S = $"{stateName}/{grainId}" } };

    private static string Text(long version) => version.ToString(CultureInfo.InvariantCulture);

    private long? ExpectedVersion(string stateName, GrainId grainId, string? etag) => etag switch
    {
        null => null,
        _ when long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) => version,
        _ => throw new InconsistentStateException(
            $"ETag '{etag}' of {stateName} for {grainId} is not a version of DynamoDB grain storage '{name}'.", "", etag),
    };
}
