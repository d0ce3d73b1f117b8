using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Blobs.S3;

/// <summary>Refuses S3 blob store settings S3 or the store cannot work with, naming the setting.</summary>
public sealed class S3StorageOptionsValidator : IValidateOptions<S3StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, S3StorageOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Bucket))
        {
            errors.Add("Storage:Bucket (Storage__Bucket) is required when Storage:Provider=S3.");
        }

        if (options.KeyPrefix is { Length: > 0 } prefix && (prefix.StartsWith('/') || prefix.Length > 512))
        {
            errors.Add($"Storage:KeyPrefix '{prefix}' must not start with '/' and must be at most 512 characters.");
        }

        if (!S3Encryption.IsKnown(options.ServerSideEncryption))
        {
            errors.Add($"Storage:ServerSideEncryption is '{options.ServerSideEncryption}'; use one of: {string.Join(", ", S3Encryption.Names)}.");
        }
        else if (options.KmsKeyId is { Length: > 0 } && !string.Equals(options.ServerSideEncryption, S3Encryption.Kms, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"Storage:KmsKeyId is set but Storage:ServerSideEncryption is '{options.ServerSideEncryption}'; the key is used only with '{S3Encryption.Kms}'.");
        }

        if (options.PartSize is < S3StorageOptions.MinPartSize or > S3StorageOptions.MaxPartSize)
        {
            errors.Add($"Storage:PartSize is {options.PartSize}; it must be between {S3StorageOptions.MinPartSize} (5 MiB, S3's minimum part) and {S3StorageOptions.MaxPartSize} (1 GiB) bytes.");
        }

        if (options.LocalCacheMaxBytes <= 0)
        {
            errors.Add($"Storage:LocalCacheMaxBytes is {options.LocalCacheMaxBytes}; it must be positive.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
