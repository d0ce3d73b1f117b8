using Amazon.S3.Model;
using FaceClassifier.Aws.Blobs.S3;
using FaceClassifier.Blobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Aws.Blobs.S3;

/// <summary>The bucket as a whole: created on demand or a clear error, and folders of keys deleted page by page.</summary>
[Trait("Kind", "integration")]
public sealed class S3BucketTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>
{
    [Fact]
    public async Task Deleting_a_folder_removes_exactly_the_keys_under_it_and_their_cached_copies()
    {
        using var bed = new S3TestBed(aws, o => o.KeyPrefix = "tenant-a/");
        var job = Guid.NewGuid();
        var folder = BlobKeys.VideoFolder(job);
        var doomed = new[] { BlobKeys.Video(job), folder + "one.jpg", folder + "two.jpg" };
        // A sibling whose name starts with the folder's name, the job's frames, and a key outside the store's prefix.
        var sibling = $"videos/{job:N}x/video";
        var kept = new[] { sibling, BlobKeys.ClassifiedFrame(job) };
        var store = bed.NewStore(listPageSize: 2);
        foreach (var key in doomed.Concat(kept))
        {
            await store.WriteAsync(key, new MemoryStream([1, 2, 3]), 10);
        }

        await bed.Client.PutObjectAsync(new PutObjectRequest { BucketName = bed.Bucket, Key = folder + "video", ContentBody = "not ours" });
        var cachedSibling = await store.GetLocalPathAsync(sibling);
        var cachedDoomed = await store.GetLocalPathAsync(doomed[0]);

        await store.DeletePrefixAsync(folder);

        // Three keys, two per page: two ListObjectsV2 pages, two DeleteObjects batches.
        Assert.Equal(2, bed.Count<ListObjectsV2Request>());
        Assert.Equal([2, 1], bed.Sent.Select(r => r.Request).OfType<DeleteObjectsRequest>().Select(d => d.Objects.Count));
        var listing = await bed.Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bed.Bucket });
        Assert.Equal(
            kept.Select(k => "tenant-a/" + k).Append(folder + "video").Order(StringComparer.Ordinal),
            listing.S3Objects.Select(o => o.Key).Order(StringComparer.Ordinal));
        Assert.False(File.Exists(cachedDoomed));
        Assert.True(File.Exists(cachedSibling));
        Assert.Null(await store.OpenReadAsync(doomed[1]));
    }

    [Fact]
    public async Task Deleting_an_empty_folder_is_a_no_op()
    {
        using var bed = new S3TestBed(aws);

        await bed.NewStore().DeletePrefixAsync(BlobKeys.FrameFolder(Guid.NewGuid()));

        Assert.Equal(0, bed.Count<DeleteObjectsRequest>());
    }

    [Theory]
    [InlineData("videos/abc")]
    [InlineData("../")]
    [InlineData("")]
    public async Task Only_blob_folders_can_be_deleted(string prefix)
    {
        using var bed = new S3TestBed(aws);

        await Assert.ThrowsAsync<ArgumentException>(() => bed.NewStore().DeletePrefixAsync(prefix));
        Assert.Empty(bed.Sent);
    }

    [Fact]
    public async Task A_missing_bucket_is_a_clear_error_when_resources_are_not_created()
    {
        using var bed = new S3TestBed(aws, createResources: false);
        var store = bed.NewStore();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.WriteAsync(BlobKeys.Video(Guid.NewGuid()), new MemoryStream([1]), 10));

        Assert.Equal(
            $"S3 bucket '{bed.Bucket}' (setting Storage__Bucket) does not exist. Create it (deploy/aws) or set Aws__CreateResources=true.",
            error.Message);
        Assert.Equal(0, bed.Count<PutBucketRequest>() + bed.Count<PutObjectRequest>());
        await Assert.ThrowsAsync<InvalidOperationException>(() => bed.NewBucket().EnsureAsync().AsTask());
    }

    [Fact]
    public async Task A_missing_bucket_is_created_once_when_resources_are_created()
    {
        using var bed = new S3TestBed(aws);
        var bucket = bed.NewBucket();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => bucket.EnsureAsync().AsTask()));
        await bucket.EnsureAsync();

        Assert.Equal(1, bed.Count<PutBucketRequest>());
        Assert.Equal(1, bed.Count<HeadBucketRequest>());
        var buckets = await bed.Client.ListBucketsAsync();
        Assert.Contains(bed.Bucket, buckets.Buckets.Select(b => b.BucketName));
        // A second silo finds it there.
        await bed.NewBucket().EnsureAsync();
        Assert.Equal(1, bed.Count<PutBucketRequest>());
    }

    [Fact]
    public async Task S3_errors_name_the_bucket_the_key_and_the_error_code()
    {
        using var bed = new S3TestBed(aws);
        var store = bed.NewStore();
        var key = BlobKeys.Video(Guid.NewGuid());
        await store.WriteAsync(key, new MemoryStream([1]), 10);
        await bed.Client.DeleteObjectAsync(bed.Bucket, key);
        await bed.Client.DeleteBucketAsync(bed.Bucket);

        // The store checked the bucket once; a bucket deleted behind its back surfaces as S3 reports it.
        var error = await Assert.ThrowsAsync<S3BlobStoreException>(() => store.WriteAsync(key, new MemoryStream([1]), 10));

        Assert.Equal("NoSuchBucket", error.ErrorCode);
        Assert.StartsWith($"S3 PutObject on s3://{bed.Bucket}/{key} failed: NoSuchBucket, HTTP 404: ", error.Message);
    }
}
