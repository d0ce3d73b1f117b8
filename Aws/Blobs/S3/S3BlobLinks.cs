using Amazon.S3;
using Amazon.S3.Model;
using FaceClassifier.Aws.DynamoDb;
using FaceClassifier.Blobs;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Blobs.S3;

/// <summary>
/// Links to blobs as presigned S3 GET URLs: anyone holding one can fetch the object until it expires, without
/// credentials. HTTPS unless the S3 endpoint is overridden with an http:// address (local servers in tests).
/// </summary>
/// <remarks>S3 caps presigned links at 7 days, and links signed with temporary credentials end with those credentials.</remarks>
public sealed class S3BlobLinks(IAmazonS3 s3, IOptions<S3StorageOptions> storage, IOptions<SignedUrlOptions> urls, IOptions<AwsOptions> aws) : IBlobLinks
{
    /// <summary>The longest expiry S3 accepts for a presigned link.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(7);

    private readonly string _bucket = storage.Value.Bucket ?? throw new InvalidOperationException("Storage:Bucket (Storage__Bucket) is required when Storage:Provider=S3.");
    private readonly Protocol _protocol = aws.Value.S3.ServiceUrl is { } url && url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        ? Protocol.HTTP
        : Protocol.HTTPS;

    public string CreateUrl(Uri requestBase, string key) => Presign(key, urls.Value.Lifetime);

    public string CreateMailUrl(string key) => Presign(key, urls.Value.MailLifetime);

    private string Presign(string key, TimeSpan lifetime)
    {
        if (!BlobKeys.IsValid(key))
        {
            throw new ArgumentException($"'{key}' is not a valid blob key.", nameof(key));
        }

        return s3.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = _bucket,
            Key = storage.Value.KeyPrefix + key,
            Verb = HttpVerb.GET,
            Protocol = _protocol,
            // The real clock, not the injected one: the SDK turns this into X-Amz-Expires against its own clock.
            Expires = DateTime.UtcNow.Add(lifetime),
        });
    }
}
