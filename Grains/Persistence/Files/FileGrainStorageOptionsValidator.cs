using Microsoft.Extensions.Options;

namespace FaceClassifier.Persistence.Files;

/// <summary>Fails start-up when a file storage provider has no folder; each provider's options are checked under its name.</summary>
internal sealed class FileGrainStorageOptionsValidator : IValidateOptions<FileGrainStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, FileGrainStorageOptions options) =>
        string.IsNullOrWhiteSpace(options.RootDirectory)
            ? ValidateOptionsResult.Fail($"File grain storage '{name}' needs {nameof(FileGrainStorageOptions.RootDirectory)}.")
            : ValidateOptionsResult.Success;
}
