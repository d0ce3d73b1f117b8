using Microsoft.Extensions.Logging;

namespace FaceClassifier.Aws.Persistence.DynamoDb;

public sealed partial class DynamoDbGrainStorage
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "DynamoDB storage {Provider}: version conflict on {Operation} of {StateName} for {GrainId}: grain holds {Expected}, table has {Stored}")]
    private static partial void LogConflict(ILogger logger, string provider, string operation, string stateName, GrainId grainId, string? expected, string? stored);

    [LoggerMessage(Level = LogLevel.Error, Message = "DynamoDB storage {Provider}: {StateName} of {GrainId} is {Bytes} bytes compressed, too large for a DynamoDB item")]
    private static partial void LogTooLarge(ILogger logger, string provider, string stateName, GrainId grainId, long bytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "DynamoDB storage {Provider}: could not {Operation} {StateName} of {GrainId} in table {Table}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string provider, string operation, string stateName, GrainId grainId, string table);
}
