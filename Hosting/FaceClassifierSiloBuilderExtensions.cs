using FaceClassifier.Jobs.Retention;
using FaceClassifier.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Hosting;

/// <summary>Adds FaceClassifier to an Orleans silo: its grains' services and the providers configuration chooses.</summary>
public static class FaceClassifierSiloBuilderExtensions
{
    public const string ServiceId = "faceclassifier";

    /// <summary>
    /// The grains' services, notifications, blob store, grain state and reminders, the job work stream and the retention sweep. Each concern
    /// picks its provider from configuration (embedded files and memory by default, AWS services when configured).
    /// </summary>
    public static ISiloBuilder AddFaceClassifier(this ISiloBuilder silo)
    {
        silo.Services.AddFaceClassifierGrains();
        silo.Services.AddJobNotifications(silo.Configuration);
        silo.Services.AddConfiguredBlobStore(silo.Configuration);
        silo.AddConfiguredState();
        silo.AddConfiguredWorkQueue();
        silo.AddJobRetention();
        return silo;
    }
}
