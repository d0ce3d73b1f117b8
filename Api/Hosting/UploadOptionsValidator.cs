using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.Hosting;

/// <summary>Checks the "Upload" section at start-up.</summary>
internal sealed class UploadOptionsValidator : IValidateOptions<UploadOptions>
{
    public ValidateOptionsResult Validate(string? name, UploadOptions options) =>
        new SettingChecks(UploadOptions.Section)
            .Require(options.MaxBytes > 0, nameof(options.MaxBytes), "must be positive")
            .Require(options.MaxPhotoBytes > 0, nameof(options.MaxPhotoBytes), "must be positive")
            .Require(options.MaxPhotos > 0, nameof(options.MaxPhotos), "must be positive")
            .Require(options.MaxImportBytes > 0, nameof(options.MaxImportBytes), "must be positive")
            .Result;
}
