using FaceClassifier.Blobs;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Aws.Blobs.S3;

/// <summary>Refuses signed-link lifetimes beyond what S3 presigns; the general rules are the grains' own validator's.</summary>
internal sealed class S3SignedUrlOptionsValidator : IValidateOptions<SignedUrlOptions>
{
    public ValidateOptionsResult Validate(string? name, SignedUrlOptions options) =>
        options.Lifetime <= S3BlobLinks.MaxLifetime && options.MailLifetime <= S3BlobLinks.MaxLifetime
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                "SignedUrls:Lifetime and SignedUrls:MailLifetime must be at most 7 days with Storage:Provider=S3 (S3's limit for presigned links)");
}
