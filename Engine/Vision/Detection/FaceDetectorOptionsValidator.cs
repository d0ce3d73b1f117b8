using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Vision.Detection;

/// <summary>Refuses detector settings the detector cannot use, before any model is loaded.</summary>
internal sealed class FaceDetectorOptionsValidator : IValidateOptions<FaceDetectorOptions>
{
    public ValidateOptionsResult Validate(string? name, FaceDetectorOptions options) =>
        new SettingChecks(FaceDetectorOptions.SectionName)
            .Require(options.MinScore is >= 0 and < 1, nameof(options.MinScore), "must be in [0,1)")
            .Require(options.MaxResults > 0, nameof(options.MaxResults), "must be positive")
            .Require(options.IouThreshold is > 0 and <= 1, nameof(options.IouThreshold), "must be in (0,1]")
            .Require(options.MinFaceSize >= 0, nameof(options.MinFaceSize), "must be ≥ 0")
            .Require(options.TightCropBorder is > 0 and <= 4, nameof(options.TightCropBorder), "must be in (0,4]")
            .Result;

    /// <summary>For a detector built around <c>Options.Create</c> (tests, the bench), which no validator sees.</summary>
    public static void ThrowIfInvalid(FaceDetectorOptions options)
    {
        var result = new FaceDetectorOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(FaceDetectorOptions), result.Failures);
        }
    }
}
