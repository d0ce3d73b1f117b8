using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Hosting;

/// <summary>
/// The one place where implementations built on other branches are registered: the face engine
/// (IFaceAnalyzer, IFaceEmbedder, IImageCodec, IVideoChunkAnalyzer, IFaceSummaryBuilder,
/// IClassifiedFrameRenderer), video (IVideoProbe, IFrameSource, and <see cref="IUploadedVideoValidator"/>
/// over VideoValidator) and notifications (<see cref="Delivery.IJobNotificationChannel"/> and
/// <see cref="Delivery.IDeadLetterAdmin"/> over INotificationDispatcher). Until those branches are
/// merged it registers nothing, and the parts that need them fail at first use.
/// </summary>
public static class EngineIntegration
{
    public static IServiceCollection AddEngineAdapters(this IServiceCollection services, IConfiguration configuration) => services;
}
