using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Blobs;

/// <summary>Checks the "SignedUrls" section at start-up.</summary>
internal sealed class SignedUrlOptionsValidator : IValidateOptions<SignedUrlOptions>
{
    public ValidateOptionsResult Validate(string? name, SignedUrlOptions options) =>
        new SettingChecks(SignedUrlOptions.Section)
            .Require(Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out _), nameof(options.PublicBaseUrl), "must be an absolute URL")
            .Require(options.Lifetime > TimeSpan.Zero, nameof(options.Lifetime), "must be positive")
            .Require(options.MailLifetime > TimeSpan.Zero, nameof(options.MailLifetime), "must be positive")
            .Result;
}
