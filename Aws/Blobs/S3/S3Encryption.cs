using Amazon.S3;

namespace FaceClassifier.Aws.Blobs.S3;

/// <summary>The accepted values of Storage:ServerSideEncryption and the SDK's names for them.</summary>
internal static class S3Encryption
{
    public const string None = "none";
    public const string Aes256 = "AES256";
    public const string Kms = "aws:kms";

    public static readonly string[] Names = [None, Aes256, Kms];

    public static bool IsKnown(string? value) => Names.Contains(value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The method to request for new objects, or null to leave it to the bucket.</summary>
    public static ServerSideEncryptionMethod? Method(string value) =>
        string.Equals(value, Aes256, StringComparison.OrdinalIgnoreCase) ? ServerSideEncryptionMethod.AES256
        : string.Equals(value, Kms, StringComparison.OrdinalIgnoreCase) ? ServerSideEncryptionMethod.AWSKMS
        : null;
}
