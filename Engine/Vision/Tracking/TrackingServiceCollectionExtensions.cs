using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaceClassifier.Engine.Vision.Tracking;

/// <summary>Registers matching, tracking and the per-video face summary.</summary>
public static class TrackingServiceCollectionExtensions
{
    /// <summary>Adds the matcher and summary builder, with options from "Vision:Matching", "Vision:Tracking" and "Vision:Summary".</summary>
    public static IServiceCollection AddFaceTracking(this IServiceCollection services)
    {
        services.AddOptions<FaceMatcherOptions>().BindConfiguration("Vision:Matching")
            .Validate(o => o.Threshold > 0, "Vision:Matching:Threshold must be positive.")
            .ValidateOnStart();
        services.AddOptions<TrackingOptions>().BindConfiguration("Vision:Tracking")
            .Validate(o => o.MinIoU is > 0 and <= 1 && o.StableIoU is > 0 and <= 1, "Vision:Tracking: MinIoU and StableIoU must be in (0, 1].")
            .Validate(o => o.MaxLinkDistance > 0 && o.DescriptorLinkDistance > 0, "Vision:Tracking: link distances must be positive.")
            .Validate(o => o.MaxMissedFrames >= 0 && o.DescriptorInterval >= 1 && o.RepresentativeCount >= 1, "Vision:Tracking: MaxMissedFrames >= 0, DescriptorInterval >= 1, RepresentativeCount >= 1.")
            .Validate(o => o.QualityGain >= 0 && o.FullDetailSize > 0 && o.SharpnessHalfPoint > 0, "Vision:Tracking: QualityGain >= 0, FullDetailSize and SharpnessHalfPoint > 0.")
            .ValidateOnStart();
        services.AddOptions<FaceSummaryOptions>().BindConfiguration("Vision:Summary")
            .Validate(o => o.JoinDistance > 0, "Vision:Summary:JoinDistance must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<IFaceMatcher, EuclideanFaceMatcher>();
        services.TryAddSingleton<IFaceSummaryBuilder, FaceSummaryBuilder>();
        return services;
    }
}
