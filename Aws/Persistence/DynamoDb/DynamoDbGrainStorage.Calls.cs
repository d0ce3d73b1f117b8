using System.Globalization;
using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws.DynamoDb;
using Orleans.Storage;

namespace FaceClassifier.Aws.Persistence.DynamoDb;

public sealed partial class DynamoDbGrainStorage
{
    /// <summary>Runs a conditional write; a failed condition becomes an <see cref="InconsistentStateException"/> naming both versions.</summary>
    private async Task ConditionallyAsync<TResponse>(string operation, string stateName, GrainId grainId, string? etag, Func<Task<TResponse>> write)
    {
        try
        {
            await CallAsync(operation, stateName, grainId, write);
        }
        catch (ConditionalCheckFailedException)
        {
            var stored = await StoredVersionAsync(stateName, grainId);
            LogConflict(logger, name, operation, stateName, grainId, etag, stored);
            throw new InconsistentStateException(
                $"Version conflict on {operation} of {stateName} for {grainId} in DynamoDB grain storage '{name}' (table {options.TableName}): "
                + $"the grain holds ETag '{etag ?? "none"}', the table has '{stored ?? "none"}'.",
                stored ?? "",
                etag ?? "");
        }
    }

    private async Task<string?> StoredVersionAsync(string stateName, GrainId grainId)
    {
        var request = new GetItemRequest
        {
            TableName = options.TableName,
            Key = Key(stateName, grainId),
            ConsistentRead = true,
            ProjectionExpression = "#v",
            ExpressionAttributeNames = new() { ["#v"] = VersionAttribute },
        };
        var response = await CallAsync("read the version", stateName, grainId, () => dynamoDb.GetItemAsync(request));
        return response.Item is { Count: > 0 } item ? item[VersionAttribute].N : null;
    }

    /// <summary>
    /// Calls DynamoDB; what is left after the SDK's retries (throttling, 5xx, network) becomes an error naming the provider,
    /// the grain and the table. A failed condition passes through for the caller to turn into a conflict.
    /// </summary>
    private async Task<TResponse> CallAsync<TResponse>(string operation, string stateName, GrainId grainId, Func<Task<TResponse>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is not ConditionalCheckFailedException and not OperationCanceledException)
        {
            LogFailed(logger, exception, name, operation, stateName, grainId, options.TableName);
            throw new OrleansException(
                $"DynamoDB grain storage '{name}' could not {operation} {stateName} of {grainId} in table {options.TableName}: {exception.Message}",
                exception);
        }
    }

    /// <summary>The condition of a write: the item still has the version the grain read, or there is no item yet.</summary>
    private sealed record Condition(string Expression, Dictionary<string, string> Names, Dictionary<string, AttributeValue>? Values)
    {
        public static Condition On(long? expected) => expected is { } version
            ? new("#v = :v", new() { ["#v"] = VersionAttribute }, new() { [":v"] = new AttributeValue { N = version.ToString(CultureInfo.InvariantCulture) } })
            : new("attribute_not_exists(#pk)", new() { ["#pk"] = TableSchemas.PartitionKey }, null);
    }
}
