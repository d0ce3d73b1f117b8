using Microsoft.Extensions.Options;

namespace FaceClassifier.Gallery.Storage.Files;

/// <summary>Fails start-up when the file gallery store has no folder or no usable page size.</summary>
internal sealed class FileGalleryStoreOptionsValidator : IValidateOptions<FileGalleryStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, FileGalleryStoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.RootDirectory))
        {
            return ValidateOptionsResult.Fail($"The file gallery store needs {nameof(FileGalleryStoreOptions.RootDirectory)}.");
        }

        return options.PageSize < 1
            ? ValidateOptionsResult.Fail($"The file gallery store needs a {nameof(FileGalleryStoreOptions.PageSize)} of at least 1; got {options.PageSize}.")
            : ValidateOptionsResult.Success;
    }
}
