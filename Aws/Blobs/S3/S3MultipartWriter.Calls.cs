using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace FaceClassifier.Aws.Blobs.S3;

/// <summary>The S3 calls of one upload, each guarded into an <see cref="S3BlobStoreException"/>; the abort only logs.</summary>
internal sealed partial class S3MultipartWriter
{
    private Task PutAsync(byte[] buffer, int count, CancellationToken cancellationToken)
    {
        var request = new PutObjectRequest
        {
            BucketName = bucket,
            Key = objectKey,
            InputStream = new MemoryStream(buffer, 0, count, writable: false),
            ContentType = ContentType(),
        };
        if (S3Encryption.Method(options.ServerSideEncryption) is { } method)
        {
            request.ServerSideEncryptionMethod = method;
            request.ServerSideEncryptionKeyManagementServiceKeyId = KmsKeyId(method);
        }

        return Guard("PutObject", () => s3.PutObjectAsync(request, cancellationToken));
    }

    private async Task<string> StartAsync(CancellationToken cancellationToken)
    {
        var request = new InitiateMultipartUploadRequest
        {
            BucketName = bucket,
            Key = objectKey,
            ContentType = ContentType(),
            ChecksumAlgorithm = ChecksumAlgorithm.CRC32,
        };
        if (S3Encryption.Method(options.ServerSideEncryption) is { } method)
        {
            request.ServerSideEncryptionMethod = method;
            request.ServerSideEncryptionKeyManagementServiceKeyId = KmsKeyId(method);
        }

        return (await Guard("CreateMultipartUpload", () => s3.InitiateMultipartUploadAsync(request, cancellationToken))).UploadId;
    }

    private Task<UploadPartResponse> UploadPartAsync(string uploadId, int number, byte[] buffer, int count, CancellationToken cancellationToken) =>
        Guard($"UploadPart {number}", () => s3.UploadPartAsync(
            new UploadPartRequest
            {
                BucketName = bucket,
                Key = objectKey,
                UploadId = uploadId,
                PartNumber = number,
                PartSize = count,
                InputStream = new MemoryStream(buffer, 0, count, writable: false),
                ChecksumAlgorithm = ChecksumAlgorithm.CRC32,
            },
            cancellationToken));

    private Task CompleteAsync(string uploadId, List<UploadPartResponse> parts, CancellationToken cancellationToken)
    {
        var request = new CompleteMultipartUploadRequest { BucketName = bucket, Key = objectKey, UploadId = uploadId };
        request.AddPartETagsAndChecksums([.. parts]);
        return Guard("CompleteMultipartUpload", () => s3.CompleteMultipartUploadAsync(request, cancellationToken));
    }

    private async Task AbortAsync(string uploadId)
    {
        try
        {
            // Not the caller's token: a cancelled upload must still be cleaned up.
            await s3.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { BucketName = bucket, Key = objectKey, UploadId = uploadId }, CancellationToken.None);
            LogAborted(logger, bucket, objectKey, uploadId);
        }
        catch (Exception ex) when (ex is AmazonServiceException or HttpRequestException)
        {
            LogAbortFailed(logger, ex, bucket, objectKey, uploadId);
        }
    }

    private string? KmsKeyId(ServerSideEncryptionMethod method) =>
        method == ServerSideEncryptionMethod.AWSKMS && options.KmsKeyId is { Length: > 0 } id ? id : null;

    private string ContentType() => objectKey.EndsWith(".jpg", StringComparison.Ordinal) ? "image/jpeg" : "application/octet-stream";

    private Task<T> Guard<T>(string operation, Func<Task<T>> call) => S3BlobStoreException.GuardAsync(operation, bucket, objectKey, call);
}
