using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Engine.Vision.Models;
using FaceClassifier.Engine.Vision.Tracking;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Engine.Vision;

/// <summary>The engine's option validators: defaults pass; each rule fails alone, naming its setting and environment variable.</summary>
[Trait("Kind", "unit")]
public sealed class VisionOptionsValidatorsTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        Assert.True(new ModelOptionsValidator().Validate(Options.DefaultName, new ModelOptions()).Succeeded);
        Assert.True(new FaceMatcherOptionsValidator().Validate(Options.DefaultName, new FaceMatcherOptions()).Succeeded);
        Assert.True(new TrackingOptionsValidator().Validate(Options.DefaultName, new TrackingOptions()).Succeeded);
        Assert.True(new FaceSummaryOptionsValidator().Validate(Options.DefaultName, new FaceSummaryOptions()).Succeeded);
    }

    public static TheoryData<string, string, Func<ValidateOptionsResult>> Broken => new()
    {
        { "Vision:Models:IntraOpThreads", "must be 0 (runtime's choice) or more.", () => new ModelOptionsValidator().Validate(null, new ModelOptions { IntraOpThreads = -1 }) },
        { "Vision:Models:PhotoIntraOpThreads", "must be 0 (one per core) or more.", () => new ModelOptionsValidator().Validate(null, new ModelOptions { PhotoIntraOpThreads = -1 }) },
        { "Vision:Matching:Threshold", "must be positive.", () => new FaceMatcherOptionsValidator().Validate(null, new FaceMatcherOptions { Threshold = 0 }) },
        { "Vision:Tracking:MinIoU", "must be in (0, 1].", Tracking(o => o.MinIoU = 1.5f) },
        { "Vision:Tracking:StableIoU", "must be in (0, 1].", Tracking(o => o.StableIoU = 0) },
        { "Vision:Tracking:MaxLinkDistance", "must be positive.", Tracking(o => o.MaxLinkDistance = 0) },
        { "Vision:Tracking:DescriptorLinkDistance", "must be positive.", Tracking(o => o.DescriptorLinkDistance = -1) },
        { "Vision:Tracking:MaxMissedFrames", "must be 0 or more.", Tracking(o => o.MaxMissedFrames = -1) },
        { "Vision:Tracking:DescriptorInterval", "must be at least 1.", Tracking(o => o.DescriptorInterval = 0) },
        { "Vision:Tracking:RepresentativeCount", "must be at least 1.", Tracking(o => o.RepresentativeCount = 0) },
        { "Vision:Tracking:QualityGain", "must be 0 or more.", Tracking(o => o.QualityGain = -0.1f) },
        { "Vision:Tracking:FullDetailSize", "must be positive.", Tracking(o => o.FullDetailSize = 0) },
        { "Vision:Tracking:SharpnessHalfPoint", "must be positive.", Tracking(o => o.SharpnessHalfPoint = 0) },
        { "Vision:Summary:JoinDistance", "must be positive.", () => new FaceSummaryOptionsValidator().Validate(null, new FaceSummaryOptions { JoinDistance = -1 }) },
        { "Vision:Summary:SegmentGapIntervals", "must be in [0, 1000].", () => new FaceSummaryOptionsValidator().Validate(null, new FaceSummaryOptions { SegmentGapIntervals = -1 }) },
        { "Vision:Summary:SegmentGapIntervals", "must be in [0, 1000].", () => new FaceSummaryOptionsValidator().Validate(null, new FaceSummaryOptions { SegmentGapIntervals = double.NaN }) },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Each_rule_fails_naming_its_setting(string setting, string problem, Func<ValidateOptionsResult> validate) =>
        Assert.Equal(new[] { $"{setting} (environment variable {setting.Replace(":", "__", StringComparison.Ordinal)}) {problem}" }, validate().Failures);

    private static Func<ValidateOptionsResult> Tracking(Action<TrackingOptions> breakRule) => () =>
    {
        var options = new TrackingOptions();
        breakRule(options);
        return new TrackingOptionsValidator().Validate(null, options);
    };
}
