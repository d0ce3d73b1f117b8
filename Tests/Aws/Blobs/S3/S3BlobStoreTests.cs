using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using FaceClassifier.Blobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Contracts;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Aws.Blobs.S3;

/// <summary>The S3 blob store against fauxqs's S3: the contract, multipart round trips, the size cap, reads through the local cache.</summary>
[Trait("Kind", "integration")]
public sealed class S3BlobStoreTests(LocalAwsServers aws) : BlobStoreContract, IClassFixture<LocalAwsServers>, IDisposable
{
    private readonly S3TestBed _bed = new(aws);

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Ten_megabytes_round_trip_byte_exact_through_a_multipart_upload()
    {
        var content = S3TestBed.RandomBytes(10_000_000, seed: 5);
        var key = BlobKeys.Video(Guid.NewGuid());
        var writer = _bed.NewStore();

        Assert.Equal(content.Length, await writer.WriteAsync(key, new TrickleStream(content, seed: 1), maxBytes: 20_000_000));

        // 5 MiB parts: 5,242,880 + 4,757,120 bytes, and S3 marks multipart objects with an ETag of "<md5 of md5s>-<parts>".
        var head = await _bed.Client.GetObjectMetadataAsync(_bed.Bucket, key);
        Assert.EndsWith("-2\"", head.ETag);
        Assert.Equal(content.Length, head.ContentLength);
        Assert.Equal([(int)S3TestBed.FiveMiB, content.Length - (int)S3TestBed.FiveMiB], _bed.Sent.Select(r => r.Request).OfType<UploadPartRequest>().Select(p => (int)p.PartSize!.Value));
        Assert.Equal(0, _bed.Count<PutObjectRequest>());

        await using (var read = await writer.OpenReadAsync(key))
        {
            Assert.Equal(S3TestBed.Sha256(content), await S3TestBed.Sha256Async(read!));
        }

        var reader = _bed.NewStore();
        var before = _bed.Count<GetObjectRequest>();
        var path = await reader.GetLocalPathAsync(key);
        Assert.Equal(before + 1, _bed.Count<GetObjectRequest>());
        Assert.Equal(S3TestBed.Sha256(content), S3TestBed.Sha256(await File.ReadAllBytesAsync(path)));
    }

    [Fact]
    public async Task Content_under_one_part_goes_up_in_a_single_put()
    {
        var content = S3TestBed.RandomBytes(300_000, seed: 6);
        var key = BlobKeys.ClassifiedFrame(Guid.NewGuid());

        Assert.Equal(content.Length, await _bed.NewStore().WriteAsync(key, new MemoryStream(content), long.MaxValue));

        Assert.Equal(1, _bed.Count<PutObjectRequest>());
        Assert.Equal(0, _bed.Count<InitiateMultipartUploadRequest>());
        var head = await _bed.Client.GetObjectMetadataAsync(_bed.Bucket, key);
        Assert.DoesNotContain("-", head.ETag);
        Assert.Equal("image/jpeg", head.Headers.ContentType);
        await using var read = await _bed.NewStore().OpenReadAsync(key);
        Assert.Equal(S3TestBed.Sha256(content), await S3TestBed.Sha256Async(read!));
    }

    [Fact]
    public async Task Content_past_the_cap_is_refused_and_its_multipart_upload_aborted()
    {
        var key = BlobKeys.Video(Guid.NewGuid());
        var store = _bed.NewStore();

        // The first 5 MiB part goes up before the content shows itself too large.
        var error = await Assert.ThrowsAsync<BlobTooLargeException>(
            () => store.WriteAsync(key, new TrickleStream(S3TestBed.RandomBytes(12_000_000, seed: 7), seed: 2), maxBytes: 7_000_000));

        Assert.Equal(7_000_000, error.MaxBytes);
        Assert.Equal(1, _bed.Count<UploadPartRequest>());
        var abort = Assert.Single(_bed.Sent.Select(r => r.Request).OfType<AbortMultipartUploadRequest>());
        Assert.Equal(0, _bed.Count<CompleteMultipartUploadRequest>());
        await AssertNoObjectAsync(key);
        Assert.Null(await store.OpenReadAsync(key));

        // fauxqs has no ListMultipartUploads; an aborted upload refuses further parts.
        var late = await Assert.ThrowsAsync<AmazonS3Exception>(() => _bed.Client.UploadPartAsync(new UploadPartRequest
        {
            BucketName = _bed.Bucket,
            Key = key,
            UploadId = abort.UploadId,
            PartNumber = 2,
            InputStream = new MemoryStream([1, 2, 3]),
        }));
        Assert.Equal("NoSuchUpload", late.ErrorCode);
        await Assert.ThrowsAsync<FileNotFoundException>(() => store.GetLocalPathAsync(key));
        Assert.Empty(_bed.LocalFiles());
    }

    [Fact]
    public async Task Small_content_past_the_cap_sends_nothing()
    {
        var key = BlobKeys.Video(Guid.NewGuid());

        await Assert.ThrowsAsync<BlobTooLargeException>(() => _bed.NewStore().WriteAsync(key, new MemoryStream(new byte[1001]), maxBytes: 1000));

        Assert.Equal(0, _bed.Count<PutObjectRequest>() + _bed.Count<InitiateMultipartUploadRequest>());
        await AssertNoObjectAsync(key);
        Assert.Empty(_bed.LocalFiles());
    }

    [Fact]
    public async Task The_writing_store_keeps_a_copy_so_it_needs_no_download()
    {
        var content = S3TestBed.RandomBytes(6_000_000, seed: 8);
        var key = BlobKeys.Video(Guid.NewGuid());
        var store = _bed.NewStore();
        await store.WriteAsync(key, new TrickleStream(content, seed: 3), long.MaxValue);

        var path = await store.GetLocalPathAsync(key);

        Assert.Equal(0, _bed.Count<GetObjectRequest>());
        Assert.Equal(S3TestBed.Sha256(content), S3TestBed.Sha256(await File.ReadAllBytesAsync(path)));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public async Task Concurrent_callers_for_one_key_share_one_download()
    {
        var content = S3TestBed.RandomBytes(2_000_000, seed: 9);
        var key = BlobKeys.Video(Guid.NewGuid());
        await _bed.NewStore().WriteAsync(key, new MemoryStream(content), long.MaxValue);
        var reader = _bed.NewStore();
        await reader.OpenReadAsync(BlobKeys.Video(Guid.NewGuid()));
        var before = _bed.Count<GetObjectRequest>();

        var paths = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => reader.GetLocalPathAsync(key)));

        Assert.Equal(1, _bed.Count<GetObjectRequest>() - before);
        Assert.Single(paths.Distinct());
        Assert.Equal(S3TestBed.Sha256(content), S3TestBed.Sha256(await File.ReadAllBytesAsync(paths[0])));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("Videos/x")]
    [InlineData("videos//video")]
    public async Task Keys_outside_the_safe_alphabet_are_refused_before_any_request(string key)
    {
        var store = _bed.NewStore();

        await Assert.ThrowsAsync<ArgumentException>(() => store.WriteAsync(key, new MemoryStream([1]), 10));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => store.GetLocalPathAsync(key));
        Assert.Empty(_bed.Sent);
    }

    protected override IBlobStore Store() => _bed.NewStore();

    protected override async Task AssertNothingStoredAsync()
    {
        // The store makes its bucket on first use: a store that was never used has none.
        try
        {
            var listing = await _bed.Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = _bed.Bucket });
            Assert.Empty(listing.S3Objects ?? []);
        }
        catch (NoSuchBucketException)
        {
        }

        Assert.Empty(_bed.LocalFiles());
    }

    private async Task AssertNoObjectAsync(string key)
    {
        var missing = await Assert.ThrowsAsync<AmazonS3Exception>(() => _bed.Client.GetObjectMetadataAsync(_bed.Bucket, key));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var listing = await _bed.Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = _bed.Bucket });
        Assert.Empty(listing.S3Objects ?? []);
    }
}
