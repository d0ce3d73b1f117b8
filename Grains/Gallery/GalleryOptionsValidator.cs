using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Gallery;

/// <summary>Checks the "Gallery" section at start-up.</summary>
internal sealed class GalleryOptionsValidator : IValidateOptions<GalleryOptions>
{
    public ValidateOptionsResult Validate(string? name, GalleryOptions options) =>
        new SettingChecks(GalleryOptions.Section)
            .Require(options.Shards is >= 1 and <= 4096, nameof(options.Shards), "must be 1 to 4096")
            .Require(options.RebuildPageSize is >= 1 and <= 1000, nameof(options.RebuildPageSize), "must be 1 to 1000")
            .Result;
}
