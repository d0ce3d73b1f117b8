using Amazon.DynamoDBv2.Model;
using FaceClassifier.Aws.DynamoDb;

namespace FaceClassifier.Aws.Clustering.DynamoDb;

/// <summary>
/// The membership table's layout. Per cluster (partition key PK = cluster id) one item SK = "membership" holds the
/// table version, its etag and every silo's entry (a map of silo address to {Entry: JSON, ETag}), so one conditional
/// write changes entries and version together without transactions. Heartbeats live in small items
/// SK = "alive#{silo}" so they never contend with membership changes. The table's key schema is <see cref="TableSchemas.Membership"/>.
/// </summary>
internal static class MembershipItems
{
    public const string PartitionKeyName = TableSchemas.PartitionKey;
    public const string SortKeyName = TableSchemas.SortKey;
    public const string MembershipSortKey = "membership";
    public const string AlivePrefix = "alive#";

    public const string VersionName = "Version";
    public const string VersionEtagName = "VersionEtag";
    public const string MembersName = "Members";
    public const string RowEntryName = "Entry";
    public const string RowEtagName = "ETag";
    public const string IAmAliveName = "IAmAlive";

    public static Dictionary<string, AttributeValue> MembershipKey(string clusterId) => Key(clusterId, MembershipSortKey);

    public static Dictionary<string, AttributeValue> AliveKey(string clusterId, string silo) => Key(clusterId, AlivePrefix + silo);

    public static Dictionary<string, AttributeValue> Key(string clusterId, string sortKey) => new()
    {
        [PartitionKeyName] = new() { S = clusterId },
        [SortKeyName] = new() { S = sortKey },
    };

    /// <summary>The name a silo's entry has in the Members map and in its heartbeat item's sort key.</summary>
    public static string SiloKey(SiloAddress silo) => silo.ToParsableString();

    /// <summary>An entry as stored in the Members map.</summary>
    public static AttributeValue Row(string entryJson, string etag) => new()
    {
        M = new Dictionary<string, AttributeValue>
        {
            [RowEntryName] = new() { S = entryJson },
            [RowEtagName] = new() { S = etag },
        },
    };

    /// <summary>A fresh etag for the table version or a row.</summary>
    public static string NewEtag() => Guid.NewGuid().ToString("N");
}
