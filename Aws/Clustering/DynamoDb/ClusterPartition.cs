using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using static FaceClassifier.Aws.Clustering.DynamoDb.MembershipItems;

namespace FaceClassifier.Aws.Clustering.DynamoDb;

/// <summary>
/// One consistent read of a cluster's partition: the membership item (version and entries, atomic as one item) and
/// the heartbeat items, whose times are merged into the entries.
/// </summary>
internal sealed record ClusterPartition(TableVersion? Version, IReadOnlyList<MembershipRowData> Rows, IReadOnlyDictionary<string, DateTime> Heartbeats)
{
    /// <summary>What Orleans reads when the membership item is missing; no write can match its etag.</summary>
    public static readonly TableVersion Missing = new(0, "");

    public MembershipTableData ToTableData() =>
        new([.. Rows.Select(r => Tuple.Create(r.Entry, r.Etag))], Version ?? Missing);

    public static async Task<ClusterPartition> ReadAsync(IAmazonDynamoDB client, string table, string clusterId, CancellationToken cancellationToken)
    {
        TableVersion? version = null;
        var rows = new List<MembershipRowData>();
        var heartbeats = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        var request = new QueryRequest
        {
            TableName = table,
            ConsistentRead = true,
            KeyConditionExpression = "#pk = :pk",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#pk"] = PartitionKeyName },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":pk"] = new() { S = clusterId } },
        };
        do
        {
            var page = await client.QueryAsync(request, cancellationToken);
            foreach (var item in page.Items ?? [])
            {
                var sortKey = item[SortKeyName].S;
                if (sortKey == MembershipSortKey)
                {
                    version = new TableVersion(int.Parse(item[VersionName].N, CultureInfo.InvariantCulture), item[VersionEtagName].S);
                    rows.AddRange(ReadRows(item));
                }
                else if (sortKey.StartsWith(AlivePrefix, StringComparison.Ordinal) && item.TryGetValue(IAmAliveName, out var alive))
                {
                    heartbeats[sortKey[AlivePrefix.Length..]] = new DateTime(long.Parse(alive.N, CultureInfo.InvariantCulture), DateTimeKind.Utc);
                }
            }

            request.ExclusiveStartKey = page.LastEvaluatedKey;
        }
        while (request.ExclusiveStartKey is { Count: > 0 });

        foreach (var row in rows)
        {
            if (heartbeats.TryGetValue(row.SiloKey, out var alive) && alive > row.Entry.IAmAliveTime)
            {
                row.Entry.IAmAliveTime = alive;
            }
        }

        return new ClusterPartition(version, rows, heartbeats);
    }

    private static IEnumerable<MembershipRowData> ReadRows(Dictionary<string, AttributeValue> item)
    {
        if (!item.TryGetValue(MembersName, out var members) || members.M is null)
        {
            yield break;
        }

        foreach (var (siloKey, row) in members.M)
        {
            yield return new MembershipRowData(siloKey, MembershipRow.Deserialize(row.M[RowEntryName].S), row.M[RowEtagName].S);
        }
    }
}

/// <summary>One silo's entry, its key in the Members map and its row etag.</summary>
internal sealed record MembershipRowData(string SiloKey, MembershipEntry Entry, string Etag);
