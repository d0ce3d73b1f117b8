using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Vision.Matching;

/// <summary>Checks the "Vision:Matching" section at start-up.</summary>
internal sealed class FaceMatcherOptionsValidator : IValidateOptions<FaceMatcherOptions>
{
    public ValidateOptionsResult Validate(string? name, FaceMatcherOptions options) =>
        new SettingChecks(FaceMatcherOptions.SectionName)
            .Require(options.Threshold > 0, nameof(options.Threshold), "must be positive")
            .Result;
}
