using Microsoft.Extensions.Logging;

namespace FaceClassifier.Aws.Blobs.S3;

internal sealed partial class S3BlobCache
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Downloaded blob {Key} into the local cache")]
    private static partial void LogDownloaded(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Trimmed {Path} ({Bytes} bytes) from the local blob cache")]
    private static partial void LogTrimmed(ILogger logger, string path, long bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The local blob cache holds {Bytes} bytes, over its {MaxBytes} byte budget, all of it recently used")]
    private static partial void LogOverBudget(ILogger logger, long bytes, long maxBytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trimming the local blob cache in {Root} failed")]
    private static partial void LogTrimFailed(ILogger logger, Exception exception, string root);
}
