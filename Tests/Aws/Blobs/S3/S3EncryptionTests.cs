using Amazon.S3.Model;
using FaceClassifier.Blobs;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Aws.Blobs.S3;

/// <summary>
/// Storage:ServerSideEncryption reaches S3 on every request that creates an object. fauxqs neither stores nor echoes
/// the encryption headers (its HeadObject has none), so these tests read the headers the SDK client actually sent.
/// </summary>
[Trait("Kind", "integration")]
public sealed class S3EncryptionTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>
{
    private const string Header = "x-amz-server-side-encryption";
    private const string KmsKeyHeader = "x-amz-server-side-encryption-aws-kms-key-id";

    [Fact]
    public async Task Aes256_is_requested_on_single_puts_and_on_multipart_creation()
    {
        using var bed = new S3TestBed(aws, o => o.ServerSideEncryption = "AES256");
        var store = bed.NewStore();
        var large = S3TestBed.RandomBytes(6_000_000, seed: 11);

        await store.WriteAsync(BlobKeys.ClassifiedFrame(Guid.NewGuid()), new MemoryStream([1, 2, 3]), 10);
        var key = BlobKeys.Video(Guid.NewGuid());
        await store.WriteAsync(key, new MemoryStream(large), long.MaxValue);

        Assert.Equal("AES256", Assert.Single(Sent<PutObjectRequest>(bed)).Headers[Header]);
        Assert.Equal("AES256", Assert.Single(Sent<InitiateMultipartUploadRequest>(bed)).Headers[Header]);
        Assert.All(Sent<UploadPartRequest>(bed), p => Assert.False(p.Headers.ContainsKey(Header)));
        Assert.All(bed.Sent, r => Assert.False(r.Headers.ContainsKey(KmsKeyHeader)));
        await using var read = await store.OpenReadAsync(key);
        Assert.Equal(S3TestBed.Sha256(large), await S3TestBed.Sha256Async(read!));
    }

    [Fact]
    public async Task Kms_is_requested_with_the_configured_key()
    {
        const string keyId = "arn:aws:kms:us-east-1:000000000000:key/11111111-2222-3333-4444-555555555555";
        using var bed = new S3TestBed(aws, o => (o.ServerSideEncryption, o.KmsKeyId) = ("aws:kms", keyId));

        await bed.NewStore().WriteAsync(BlobKeys.ClassifiedFrame(Guid.NewGuid()), new MemoryStream([1]), 10);

        var put = Assert.Single(Sent<PutObjectRequest>(bed));
        Assert.Equal("aws:kms", put.Headers[Header]);
        Assert.Equal(keyId, put.Headers[KmsKeyHeader]);
    }

    [Fact]
    public async Task Without_a_setting_the_bucket_default_applies()
    {
        using var bed = new S3TestBed(aws);

        await bed.NewStore().WriteAsync(BlobKeys.ClassifiedFrame(Guid.NewGuid()), new MemoryStream([1]), 10);

        Assert.False(Assert.Single(Sent<PutObjectRequest>(bed)).Headers.ContainsKey(Header));
    }

    private static List<SentRequest> Sent<T>(S3TestBed bed) => [.. bed.Sent.Where(r => r.Request is T)];
}
