using Microsoft.Extensions.Logging;

namespace FaceClassifier.Aws.Clustering.DynamoDb;

internal sealed partial class DynamoDbMembershipTable
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created the membership version item of cluster {ClusterId} in table {Table}")]
    private static partial void LogCreatedVersion(ILogger logger, string clusterId, string table);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Membership {Operation} of silo {Silo} to version {Version} rejected: the table or row changed since it was read")]
    private static partial void LogWriteRejected(ILogger logger, string silo, int version, string operation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted cluster {ClusterId}'s membership ({Items} items)")]
    private static partial void LogDeletedCluster(ILogger logger, string clusterId, int items);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Removed} of {Defunct} dead silo entries and {Heartbeats} heartbeat items last updated before {BeforeDate}")]
    private static partial void LogCleanedUp(ILogger logger, int removed, int defunct, int heartbeats, DateTimeOffset beforeDate);
}
