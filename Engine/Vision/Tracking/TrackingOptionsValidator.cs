using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Vision.Tracking;

/// <summary>Checks the "Vision:Tracking" section at start-up.</summary>
internal sealed class TrackingOptionsValidator : IValidateOptions<TrackingOptions>
{
    public ValidateOptionsResult Validate(string? name, TrackingOptions options) =>
        new SettingChecks(TrackingOptions.SectionName)
            .Require(options.MinIoU is > 0 and <= 1, nameof(options.MinIoU), "must be in (0, 1]")
            .Require(options.StableIoU is > 0 and <= 1, nameof(options.StableIoU), "must be in (0, 1]")
            .Require(options.MaxLinkDistance > 0, nameof(options.MaxLinkDistance), "must be positive")
            .Require(options.DescriptorLinkDistance > 0, nameof(options.DescriptorLinkDistance), "must be positive")
            .Require(options.MaxMissedFrames >= 0, nameof(options.MaxMissedFrames), "must be 0 or more")
            .Require(options.DescriptorInterval >= 1, nameof(options.DescriptorInterval), "must be at least 1")
            .Require(options.RepresentativeCount >= 1, nameof(options.RepresentativeCount), "must be at least 1")
            .Require(options.EvidenceFrames >= 1, nameof(options.EvidenceFrames), "must be at least 1")
            .Require(options.QualityGain >= 0, nameof(options.QualityGain), "must be 0 or more")
            .Require(options.FullDetailSize > 0, nameof(options.FullDetailSize), "must be positive")
            .Require(options.SharpnessHalfPoint > 0, nameof(options.SharpnessHalfPoint), "must be positive")
            .Require(options.DetectionInterval >= 1, nameof(options.DetectionInterval), "must be at least 1")
            .Require(options.NewContentLevel is > 0 and < 255, nameof(options.NewContentLevel), "must be in (0, 255)")
            .Require(options.FollowSimilarity is > -1 and < 1, nameof(options.FollowSimilarity), "must be in (-1, 1)")
            .Result;
}
