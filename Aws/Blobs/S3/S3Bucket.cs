using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using FaceClassifier.Aws.DynamoDb;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Blobs.S3;

/// <summary>The bucket the blobs live in, checked once: created when Aws:CreateResources is true, else its absence is a clear error.</summary>
public sealed class S3Bucket(IAmazonS3 s3, IOptions<S3StorageOptions> storage, IOptions<AwsOptions> aws)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public string Name { get; } = storage.Value.Bucket ?? throw new InvalidOperationException("Storage:Bucket (Storage__Bucket) is required when Storage:Provider=S3.");

    /// <summary>Returns once the bucket exists; a failed check is repeated by the next caller.</summary>
    public async ValueTask EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (_ready)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_ready)
            {
                await CheckOrCreateAsync(cancellationToken);
                _ready = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CheckOrCreateAsync(CancellationToken cancellationToken)
    {
        if (await ExistsAsync(cancellationToken))
        {
            return;
        }

        if (!aws.Value.CreateResources)
        {
            throw new InvalidOperationException(
                $"S3 bucket '{Name}' (setting Storage__Bucket) does not exist. Create it (deploy/aws) or set Aws__CreateResources=true.");
        }

        await S3BlobStoreException.GuardAsync("CreateBucket", Name, null, async () =>
        {
            try
            {
                await s3.PutBucketAsync(new PutBucketRequest { BucketName = Name, UseClientRegion = true }, cancellationToken);
            }
            catch (AmazonS3Exception ex) when (ex is BucketAlreadyOwnedByYouException || ex.ErrorCode == "BucketAlreadyOwnedByYou")
            {
                // Another silo created it at the same moment.
            }
        });
    }

    private Task<bool> ExistsAsync(CancellationToken cancellationToken) =>
        S3BlobStoreException.GuardAsync("HeadBucket", Name, null, async () =>
        {
            try
            {
                await s3.HeadBucketAsync(new HeadBucketRequest { BucketName = Name }, cancellationToken);
                return true;
            }
            catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                return false;
            }
        });
}
