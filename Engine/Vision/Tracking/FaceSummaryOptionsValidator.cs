using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Vision.Tracking;

/// <summary>Checks the "Vision:Summary" section at start-up.</summary>
internal sealed class FaceSummaryOptionsValidator : IValidateOptions<FaceSummaryOptions>
{
    public ValidateOptionsResult Validate(string? name, FaceSummaryOptions options) =>
        new SettingChecks(FaceSummaryOptions.SectionName)
            .Require(options.JoinDistance > 0, nameof(options.JoinDistance), "must be positive")
            .Require(options.SegmentGapIntervals is >= 0 and <= 1000, nameof(options.SegmentGapIntervals), "must be in [0, 1000]")
            .Result;
}
