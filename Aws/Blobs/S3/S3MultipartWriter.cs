using System.Buffers;
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
}
