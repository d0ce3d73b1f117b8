using System.Net;
using Amazon.Runtime;

namespace FaceClassifier.Aws.Blobs.S3;

/// <summary>An S3 call failed after the SDK's own retries; the message names the bucket, the key and S3's error code.</summary>
public sealed class S3BlobStoreException(string message, string bucket, string? key, string errorCode, Exception? inner = null)
    : IOException(message, inner)
{
    public string Bucket { get; } = bucket;

    public string? Key { get; } = key;

    /// <summary>S3's error code ("NoSuchBucket", "SlowDown" …), or a description of a failure without a response.</summary>
    public string ErrorCode { get; } = errorCode;

    /// <summary>Runs one S3 call, turning what the SDK could not retry away into an <see cref="S3BlobStoreException"/>.</summary>
    internal static async Task<T> GuardAsync<T>(string operation, string bucket, string? key, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (AmazonServiceException ex)
        {
            var code = ex.ErrorCode is { Length: > 0 } c ? c : ex.StatusCode == 0 ? "no response" : $"HTTP {(int)ex.StatusCode}";
            throw Create(operation, bucket, key, code, ex.StatusCode, ex);
        }
        catch (HttpRequestException ex)
        {
            throw Create(operation, bucket, key, "no response", 0, ex);
        }
    }

    internal static Task GuardAsync(string operation, string bucket, string? key, Func<Task> call) =>
        GuardAsync(operation, bucket, key, async () =>
        {
            await call();
            return true;
        });

    private static S3BlobStoreException Create(string operation, string bucket, string? key, string code, HttpStatusCode status, Exception ex)
    {
        var where = key is null ? $"bucket '{bucket}'" : $"s3://{bucket}/{key}";
        var http = status == 0 ? "" : $", HTTP {(int)status}";
        return new S3BlobStoreException($"S3 {operation} on {where} failed: {code}{http}: {ex.Message}", bucket, key, code, ex);
    }
}
