using FaceClassifier.Delivery;
using FaceClassifier.Notifications;
using FaceClassifier.Vision;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaceClassifier.Hosting;

/// <summary>Registers the face engine, video processing and notifications behind the service's own seams.</summary>
public static class EngineIntegration
{
    public static IServiceCollection AddEngineAdapters(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFaceEngine();
        services.AddNotifications(configuration);
        services.TryAddSingleton<IUploadedVideoValidator, UploadedVideoValidator>();
        services.TryAddSingleton<IJobNotificationChannel, DispatcherNotificationChannel>();
        services.TryAddSingleton<IDeadLetterAdmin, DispatcherDeadLetterAdmin>();
        return services;
    }
}
