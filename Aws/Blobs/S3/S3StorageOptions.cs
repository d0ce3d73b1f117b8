namespace FaceClassifier.Aws.Blobs.S3;

/// <summary>Where and how videos and frames are kept in S3 (section "Storage", used when Storage:Provider=S3).</summary>
public sealed class S3StorageOptions
{
    public const string Section = "Storage";

    /// <summary>S3's smallest part for all but the last part of a multipart upload.</summary>
    public const long MinPartSize = 5L * 1024 * 1024;

    /// <summary>Our largest part: one part is buffered in memory per upload.</summary>
    public const long MaxPartSize = 1024L * 1024 * 1024;

    /// <summary>The bucket holding the blobs (required).</summary>
    public string? Bucket { get; set; }

    /// <summary>Prepended to every blob key (e.g. "faceclassifier/"), so one bucket can serve several deployments.</summary>
    public string? KeyPrefix { get; set; }

    /// <summary>Server-side encryption of new objects: "none" (the bucket's default), "AES256" (SSE-S3) or "aws:kms" (SSE-KMS).</summary>
    public string ServerSideEncryption { get; set; } = "none";

    /// <summary>The KMS key for "aws:kms"; empty means the account's AWS-managed key.</summary>
    public string? KmsKeyId { get; set; }

    /// <summary>The size of a multipart upload part, and of the one buffer an upload holds; at least 5 MiB.</summary>
    public long PartSize { get; set; } = 8L * 1024 * 1024;

    /// <summary>Local copies of blobs for ffmpeg; empty means &lt;data&gt;/cache/blobs.</summary>
    public string? LocalCacheDirectory { get; set; }

    /// <summary>The size the local cache is trimmed to, least recently used first.</summary>
    public long LocalCacheMaxBytes { get; set; } = 10L * 1024 * 1024 * 1024;
}
