using FaceClassifier.Gallery.Storage;
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
            .Require(options.MaxPhotos is > 0 and <= GalleryRecords.MaxDescriptorsPerPerson, nameof(options.MaxPhotos), $"must be 1 to {GalleryRecords.MaxDescriptorsPerPerson}, the most photos a person holds")
            .Require(options.MaxImportBytes > 0, nameof(options.MaxImportBytes), "must be positive")
            .Require(options.MinFreeBytes >= 0, nameof(options.MinFreeBytes), "must be 0 (no check) or more")
            .Result;
}
