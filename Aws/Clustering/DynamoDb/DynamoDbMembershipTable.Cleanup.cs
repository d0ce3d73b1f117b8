using Amazon.DynamoDBv2.Model;
using static FaceClassifier.Aws.Clustering.DynamoDb.MembershipItems;

namespace FaceClassifier.Aws.Clustering.DynamoDb;

internal sealed partial class DynamoDbMembershipTable
{
    // Keeps each REMOVE expression far below DynamoDB's 4 KB expression limit.
    private const int MaxRemovedPerWrite = 50;
    private const int MaxBatchDeletes = 25;

    public async Task DeleteMembershipTableEntries(string clusterId)
    {
        var partition = await ClusterPartition.ReadAsync(client, _table, clusterId, CancellationToken.None);
        var keys = partition.Heartbeats.Keys.Select(silo => AliveKey(clusterId, silo)).ToList();
        if (partition.Version is not null)
        {
            keys.Add(MembershipKey(clusterId));
        }

        await DeleteItemsAsync(keys);
        LogDeletedCluster(logger, clusterId, keys.Count);
    }

    public async Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        var before = beforeDate.UtcDateTime;
        var partition = await ReadPartitionAsync();
        var defunct = partition.Rows.Where(r => r.Entry.Status == SiloStatus.Dead && LastUpdate(r.Entry) < before).ToList();
        var removed = new List<string>();
        foreach (var chunk in defunct.Chunk(MaxRemovedPerWrite))
        {
            if (await TryRemoveRowsAsync(chunk))
            {
                removed.AddRange(chunk.Select(r => r.SiloKey));
            }
        }

        // Heartbeats of removed silos, and old ones whose silo has no entry (e.g. written after the cluster was deleted).
        var known = partition.Rows.Select(r => r.SiloKey).ToHashSet(StringComparer.Ordinal);
        var orphans = partition.Heartbeats.Where(h => !known.Contains(h.Key) && h.Value < before).Select(h => h.Key);
        var heartbeats = removed.Where(partition.Heartbeats.ContainsKey).Concat(orphans).Select(silo => AliveKey(_clusterId, silo)).ToList();
        if (defunct.Count > 0 || heartbeats.Count > 0)
        {
            await DeleteItemsAsync(heartbeats);
            LogCleanedUp(logger, removed.Count, defunct.Count, heartbeats.Count, beforeDate);
        }
    }

    /// <summary>When the entry last changed: its start, its heartbeat or a later vote against it (a death declaration records one).</summary>
    internal static DateTime LastUpdate(MembershipEntry entry) =>
        (entry.SuspectTimes ?? []).Select(v => v.Item2).Append(entry.IAmAliveTime).Append(entry.StartTime).Max();

    /// <summary>Removes entries only while each is unchanged since read (same row etag); the table version stays as it is.</summary>
    private async Task<bool> TryRemoveRowsAsync(IReadOnlyList<MembershipRowData> rows)
    {
        var names = new Dictionary<string, string> { ["#m"] = MembersName, ["#re"] = RowEtagName };
        var values = new Dictionary<string, AttributeValue>();
        for (var i = 0; i < rows.Count; i++)
        {
            names[$"#s{i}"] = rows[i].SiloKey;
            values[$":e{i}"] = new() { S = rows[i].Etag };
        }

        try
        {
            await client.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = _table,
                Key = MembershipKey(_clusterId),
                UpdateExpression = "REMOVE " + string.Join(", ", rows.Select((_, i) => $"#m.#s{i}")),
                ConditionExpression = string.Join(" AND ", rows.Select((_, i) => $"#m.#s{i}.#re = :e{i}")),
                ExpressionAttributeNames = names,
                ExpressionAttributeValues = values,
            });
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            // One of them changed meanwhile; the next cleanup round looks again.
            return false;
        }
    }

    private async Task DeleteItemsAsync(IReadOnlyList<Dictionary<string, AttributeValue>> keys)
    {
        foreach (var chunk in keys.Chunk(MaxBatchDeletes))
        {
            var pending = new Dictionary<string, List<WriteRequest>>
            {
                [_table] = [.. chunk.Select(key => new WriteRequest { DeleteRequest = new DeleteRequest { Key = key } })],
            };
            for (var attempt = 0; pending is { Count: > 0 }; attempt++)
            {
                if (attempt > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(50 << Math.Min(attempt, 6)));
                }

                pending = (await client.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = pending })).UnprocessedItems;
            }
        }
    }
}
