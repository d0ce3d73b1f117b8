using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Gallery.Imports;

/// <summary>Checks the "Imports" section at start-up.</summary>
internal sealed class ImportOptionsValidator : IValidateOptions<ImportOptions>
{
    public ValidateOptionsResult Validate(string? name, ImportOptions options) =>
        new SettingChecks(ImportOptions.Section)
            .Require(options.ResumeCheckPeriod > TimeSpan.Zero, nameof(options.ResumeCheckPeriod), "must be positive")
            .Require(options.CheckpointPhotos >= 1, nameof(options.CheckpointPhotos), "must be at least 1")
            .Require(options.MaxPhotoBytes > 0, nameof(options.MaxPhotoBytes), "must be positive")
            .Require(options.MaxAttempts >= 1, nameof(options.MaxAttempts), "must be at least 1")
            .Result;
}
