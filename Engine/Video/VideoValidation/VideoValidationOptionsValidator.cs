using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Video.VideoValidation;

/// <summary>Refuses settings that would reject every video, so a bad configuration fails at start-up.</summary>
public sealed class VideoValidationOptionsValidator : IValidateOptions<VideoValidationOptions>
{
    public ValidateOptionsResult Validate(string? name, VideoValidationOptions options)
    {
        var failures = new List<string>();
        if (options.AllowedContainers is not { Length: > 0 })
        {
            failures.Add("AllowedContainers must name at least one container.");
        }

        if (options.AllowedCodecs is not { Length: > 0 })
        {
            failures.Add("AllowedCodecs must name at least one codec.");
        }

        if (options.MaxDuration <= TimeSpan.Zero)
        {
            failures.Add("MaxDuration must be positive.");
        }

        if (options.MaxBytes <= 0)
        {
            failures.Add("MaxBytes must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
