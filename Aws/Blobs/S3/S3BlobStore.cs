using Amazon.S3;
using Amazon.S3.Model;
using FaceClassifier.Blobs;
using FaceClassifier.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Blobs.S3;

/// <summary>
/// Blobs as objects in an S3 bucket (under Storage:KeyPrefix), with a local cache of copies for ffmpeg. A write
/// streams the content up part by part and keeps a copy in the cache, so the silo that received an upload can
/// validate it without downloading it again.
/// </summary>
public sealed class S3BlobStore : IBlobStore
{
    private readonly IAmazonS3 _s3;
    private readonly S3Bucket _bucket;
    private readonly S3StorageOptions _options;
    private readonly S3BlobCache _cache;
    private readonly ILogger<S3BlobStore> _logger;

    public S3BlobStore(IAmazonS3 s3, S3Bucket bucket, IOptions<S3StorageOptions> options, DataDirectory data, TimeProvider clock, ILogger<S3BlobStore> logger)
    {
        _s3 = s3;
        _bucket = bucket;
        _options = options.Value;
        _logger = logger;
        var cacheRoot = _options.LocalCacheDirectory is { Length: > 0 } dir ? dir : Path.Combine(data.Root, "cache", "blobs");
        _cache = new S3BlobCache(cacheRoot, _options.LocalCacheMaxBytes, clock, logger);
    }

    /// <summary>Keys per ListObjectsV2 page (and so per DeleteObjects batch); S3 allows at most 1000.</summary>
    internal int ListPageSize { get; init; } = 1000;

    public async Task<long> WriteAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        var objectKey = ObjectKey(key);
        await _bucket.EnsureAsync(cancellationToken);
        await using var copy = _cache.BeginWrite(key);
        var length = await new S3MultipartWriter(_s3, _bucket.Name, objectKey, _options, _logger)
            .WriteAsync(content, maxBytes, copy.Stream, cancellationToken);
        // The object is in S3 now; keep the copy even if the caller has stopped waiting.
        await copy.CommitAsync(CancellationToken.None);
        return length;
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var objectKey = ObjectKey(key);
        await _bucket.EnsureAsync(cancellationToken);
        var response = await GetAsync(objectKey, cancellationToken);
        return response?.ResponseStream;
    }

    public async Task<string> GetLocalPathAsync(string key, CancellationToken cancellationToken = default)
    {
        var objectKey = ObjectKey(key);
        await _bucket.EnsureAsync(cancellationToken);
        return await _cache.GetOrDownloadAsync(key, async target =>
        {
            using var response = await GetAsync(objectKey, CancellationToken.None) ?? throw new FileNotFoundException($"Blob {key} does not exist.");
            await response.ResponseStream.CopyToAsync(target);
        }, cancellationToken);
    }

    public async Task DeletePrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        if (!prefix.EndsWith('/') || !BlobKeys.IsValid(prefix, allowTrailingSlash: true))
        {
            throw new ArgumentException($"'{prefix}' is not a blob folder.", nameof(prefix));
        }

        await _bucket.EnsureAsync(cancellationToken);
        var objectPrefix = _options.KeyPrefix + prefix;
        var request = new ListObjectsV2Request { BucketName = _bucket.Name, Prefix = objectPrefix, MaxKeys = ListPageSize };
        do
        {
            var page = await Guard("ListObjectsV2", objectPrefix, () => _s3.ListObjectsV2Async(request, cancellationToken));
            if (page.S3Objects is { Count: > 0 } objects)
            {
                await DeleteAsync(objectPrefix, objects, cancellationToken);
            }

            request.ContinuationToken = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (request.ContinuationToken is not null);

        _cache.DeleteFolder(prefix);
    }

    private async Task DeleteAsync(string objectPrefix, List<S3Object> objects, CancellationToken cancellationToken)
    {
        var request = new DeleteObjectsRequest { BucketName = _bucket.Name, Quiet = true, Objects = [.. objects.Select(o => new KeyVersion { Key = o.Key })] };
        var response = await Guard("DeleteObjects", objectPrefix, () => _s3.DeleteObjectsAsync(request, cancellationToken));
        if (response.DeleteErrors is { Count: > 0 } errors)
        {
            var first = errors[0];
            throw new S3BlobStoreException(
                $"S3 DeleteObjects on s3://{_bucket.Name}/{first.Key} failed: {first.Code}: {first.Message} ({errors.Count} keys under '{objectPrefix}' not deleted)",
                _bucket.Name,
                first.Key,
                first.Code);
        }
    }

    /// <summary>The object, or null when the key does not exist.</summary>
    private Task<GetObjectResponse?> GetAsync(string objectKey, CancellationToken cancellationToken) =>
        Guard<GetObjectResponse?>("GetObject", objectKey, async () =>
        {
            try
            {
                return await _s3.GetObjectAsync(new GetObjectRequest { BucketName = _bucket.Name, Key = objectKey }, cancellationToken);
            }
            catch (AmazonS3Exception ex) when (ex.ErrorCode == "NoSuchKey")
            {
                return null;
            }
        });

    private string ObjectKey(string key) =>
        BlobKeys.IsValid(key) ? _options.KeyPrefix + key : throw new ArgumentException($"'{key}' is not a valid blob key.", nameof(key));

    private Task<T> Guard<T>(string operation, string objectKey, Func<Task<T>> call) =>
        S3BlobStoreException.GuardAsync(operation, _bucket.Name, objectKey, call);
}
