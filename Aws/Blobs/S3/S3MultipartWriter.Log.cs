using Microsoft.Extensions.Logging;

namespace FaceClassifier.Aws.Blobs.S3;

internal sealed partial class S3MultipartWriter
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Aborted multipart upload {UploadId} of s3://{Bucket}/{Key}")]
    private static partial void LogAborted(ILogger logger, string bucket, string key, string uploadId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not abort multipart upload {UploadId} of s3://{Bucket}/{Key}; its parts stay (and are billed) until a bucket lifecycle rule for incomplete uploads removes them")]
    private static partial void LogAbortFailed(ILogger logger, Exception exception, string bucket, string key, string uploadId);
}
