using Microsoft.Extensions.Options;

namespace FaceClassifier.Jobs.Index.Files;

/// <summary>Fails start-up when the file job index has no folder.</summary>
internal sealed class FileJobIndexOptionsValidator : IValidateOptions<FileJobIndexOptions>
{
    public ValidateOptionsResult Validate(string? name, FileJobIndexOptions options) =>
        string.IsNullOrWhiteSpace(options.RootDirectory)
            ? ValidateOptionsResult.Fail($"The file job index needs {nameof(FileJobIndexOptions.RootDirectory)}.")
            : ValidateOptionsResult.Success;
}
