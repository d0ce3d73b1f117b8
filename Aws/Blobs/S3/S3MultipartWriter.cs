using System.Buffers;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using FaceClassifier.Blobs;
using Microsoft.Extensions.Logging;

namespace FaceClassifier.Aws.Blobs.S3;

/// <summary>
/// Streams content into one S3 object a part at a time, holding one part in memory: content smaller than a part
/// goes up in a single PutObject, anything larger as a multipart upload, which is aborted on any failure (including
/// content past its size limit) so no object and no orphaned parts are left.
/// </summary>
internal sealed partial class S3MultipartWriter(IAmazonS3 s3, string bucket, string objectKey, S3StorageOptions options, ILogger logger)
{
    private readonly int _partSize = checked((int)options.PartSize);

    /// <summary>Uploads <paramref name="content"/>, copying every byte to <paramref name="copy"/> as it goes; returns its length.</summary>
    public async Task<long> WriteAsync(Stream content, long maxBytes, Stream copy, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(_partSize);
        string? uploadId = null;
        try
        {
            var parts = new List<UploadPartResponse>();
            long total = 0;
            while (true)
            {
                var filled = await FillAsync(content, buffer, total, maxBytes, cancellationToken);
                total += filled;
                await copy.WriteAsync(buffer.AsMemory(0, filled), cancellationToken);
                var end = filled < _partSize;
                if (uploadId is null && end)
                {
                    await PutAsync(buffer, filled, cancellationToken);
                    return total;
                }

                uploadId ??= await StartAsync(cancellationToken);
                if (filled > 0)
                {
                    parts.Add(await UploadPartAsync(uploadId, parts.Count + 1, buffer, filled, cancellationToken));
                }

                if (end)
                {
                    await CompleteAsync(uploadId, parts, cancellationToken);
                    return total;
                }
            }
        }
        catch (Exception) when (uploadId is not null)
        {
            await AbortAsync(uploadId);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads until the part buffer is full or the content ends, refusing content past <paramref name="maxBytes"/> as soon as it shows.</summary>
    private async Task<int> FillAsync(Stream content, byte[] buffer, long before, long maxBytes, CancellationToken cancellationToken)
    {
        var filled = 0;
        int read;
        while (filled < _partSize && (read = await content.ReadAsync(buffer.AsMemory(filled, _partSize - filled), cancellationToken)) > 0)
        {
            filled += read;
            if (before + filled > maxBytes)
            {
                throw new BlobTooLargeException(maxBytes);
            }
        }

        return filled;
    }

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
