using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws.DynamoDb;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using static FaceClassifier.Aws.Clustering.DynamoDb.MembershipItems;

namespace FaceClassifier.Aws.Clustering.DynamoDb;

/// <summary>
/// Orleans' membership table on DynamoDB without transactions (see <see cref="MembershipItems"/> for the layout).
/// Inserts and updates are one conditional UpdateItem on the cluster's membership item: it succeeds only when the
/// stored version is the one before the given version and the stored version etag matches (and, for an update, the
/// row etag matches; for an insert, the silo is absent). A failed condition returns false, never throws.
/// </summary>
internal sealed partial class DynamoDbMembershipTable(
    IAmazonDynamoDB client,
    IOptions<DynamoDbClusteringOptions> options,
    IOptions<ClusterOptions> cluster,
    ILogger<DynamoDbMembershipTable> logger) : IMembershipTable
{
    private readonly string _table = options.Value.TableName;
    private readonly string _clusterId = cluster.Value.ClusterId;

    public async Task InitializeMembershipTable(bool tryInitTableVersion)
    {
        await DynamoDbTables.EnsureAsync(client, TableSchemas.Membership(_table), options.Value.CreateIfNotExists);
        if (!tryInitTableVersion)
        {
            return;
        }

        var item = MembershipKey(_clusterId);
        item[VersionName] = new() { N = "0" };
        item[VersionEtagName] = new() { S = NewEtag() };
        item[MembersName] = new() { M = [] };
        try
        {
            await client.PutItemAsync(new PutItemRequest
            {
                TableName = _table,
                Item = item,
                ConditionExpression = "attribute_not_exists(#pk)",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#pk"] = PartitionKeyName },
            });
            LogCreatedVersion(logger, _clusterId, _table);
        }
        catch (ConditionalCheckFailedException)
        {
            // Another silo initialized the cluster first.
        }
    }

    public async Task<MembershipTableData> ReadAll() => (await ReadPartitionAsync()).ToTableData();

    public async Task<MembershipTableData> ReadRow(SiloAddress key)
    {
        var partition = await ReadPartitionAsync();
        var version = partition.Version ?? ClusterPartition.Missing;
        return partition.Rows.FirstOrDefault(r => r.Entry.SiloAddress.Equals(key)) is { } row
            ? new MembershipTableData(Tuple.Create(row.Entry, row.Etag), version)
            : new MembershipTableData(version);
    }

    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion) =>
        TryVersionedWriteAsync(entry, tableVersion, rowCondition: "attribute_not_exists(#m.#silo)", rowEtag: null);

    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion) =>
        string.IsNullOrEmpty(etag)
            ? Task.FromResult(false)
            : TryVersionedWriteAsync(entry, tableVersion, rowCondition: "#m.#silo.#re = :rowEtag", rowEtag: etag);

    public async Task UpdateIAmAlive(MembershipEntry entry)
    {
        try
        {
            await client.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = _table,
                Key = AliveKey(_clusterId, SiloKey(entry.SiloAddress)),
                UpdateExpression = "SET #t = :t",
                // A late retry must not move the heartbeat backwards.
                ConditionExpression = "attribute_not_exists(#t) OR #t < :t",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#t"] = IAmAliveName },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":t"] = Number(entry.IAmAliveTime.Ticks) },
            });
        }
        catch (ConditionalCheckFailedException)
        {
            // A newer heartbeat is already stored.
        }
    }

    private Task<ClusterPartition> ReadPartitionAsync(CancellationToken cancellationToken = default) =>
        ClusterPartition.ReadAsync(client, _table, _clusterId, cancellationToken);

    private async Task<bool> TryVersionedWriteAsync(MembershipEntry entry, TableVersion next, string rowCondition, string? rowEtag)
    {
        if (string.IsNullOrEmpty(next.VersionEtag) || next.Version < 1)
        {
            return false;
        }

        var silo = SiloKey(entry.SiloAddress);
        var names = new Dictionary<string, string> { ["#m"] = MembersName, ["#silo"] = silo, ["#v"] = VersionName, ["#e"] = VersionEtagName };
        var values = new Dictionary<string, AttributeValue>
        {
            [":row"] = Row(MembershipRow.Serialize(entry), NewEtag()),
            [":next"] = Number(next.Version),
            [":previous"] = Number(next.Version - 1),
            [":etag"] = new() { S = next.VersionEtag },
            [":newEtag"] = new() { S = NewEtag() },
        };
        if (rowEtag is not null)
        {
            names["#re"] = RowEtagName;
            values[":rowEtag"] = new() { S = rowEtag };
        }

        try
        {
            await client.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = _table,
                Key = MembershipKey(_clusterId),
                UpdateExpression = "SET #m.#silo = :row, #v = :next, #e = :newEtag",
                ConditionExpression = $"#v = :previous AND #e = :etag AND {rowCondition}",
                ExpressionAttributeNames = names,
                ExpressionAttributeValues = values,
            });
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            LogWriteRejected(logger, silo, next.Version, rowEtag is null ? "insert" : "update");
            return false;
        }
    }

    private static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };
}
