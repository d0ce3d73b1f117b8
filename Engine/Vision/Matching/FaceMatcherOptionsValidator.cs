using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Vision.Matching;

/// <summary>Checks the "Vision:Matching" section at start-up.</summary>
internal sealed class FaceMatcherOptionsValidator : IValidateOptions<FaceMatcherOptions>
{
    public ValidateOptionsResult Validate(string? name, FaceMatcherOptions options) =>
        new SettingChecks(FaceMatcherOptions.SectionName)
            .Require(options.FalseIdentificationRate is > 0 and < 1, nameof(options.FalseIdentificationRate), "must be in (0,1)")
            .Require(options.Threshold is null or > 0, nameof(options.Threshold), "must be positive")
            .Require(options.MaxThreshold > 0, nameof(options.MaxThreshold), "must be positive")
            .Require(options.ImpostorDistanceMean > 0, nameof(options.ImpostorDistanceMean), "must be positive")
            .Require(options.ImpostorDistanceStdDev > 0, nameof(options.ImpostorDistanceStdDev), "must be positive")
            .Require(options.Margin >= 0, nameof(options.Margin), "must not be negative")
            .Require(options.MinSupportingFrames >= 1, nameof(options.MinSupportingFrames), "must be at least 1")
            .Result;
}
