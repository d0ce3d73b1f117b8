using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Vision.Tracking;

/// <summary>Registers matching, tracking and the per-video face summary.</summary>
public static class TrackingServiceCollectionExtensions
{
    /// <summary>Adds the matcher and summary builder, with options from "Vision:Matching", "Vision:Tracking" and "Vision:Summary".</summary>
    public static IServiceCollection AddFaceTracking(this IServiceCollection services)
    {
        services.AddOptions<FaceMatcherOptions>().BindConfiguration(FaceMatcherOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FaceMatcherOptions>, FaceMatcherOptionsValidator>());
        services.AddOptions<TrackingOptions>().BindConfiguration(TrackingOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TrackingOptions>, TrackingOptionsValidator>());
        services.AddOptions<FaceSummaryOptions>().BindConfiguration(FaceSummaryOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FaceSummaryOptions>, FaceSummaryOptionsValidator>());
        services.TryAddSingleton<IFaceMatcher, OpenSetFaceMatcher>();
        services.TryAddSingleton<IFaceSummaryBuilder, FaceSummaryBuilder>();
        return services;
    }
}
