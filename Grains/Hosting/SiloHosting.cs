using System.Net;
using FaceClassifier.Jobs;
using FaceClassifier.Reminders;
using FaceClassifier.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace FaceClassifier.Hosting;

/// <summary>Adds FaceClassifier to an Orleans silo: its grains' services and the embedded providers.</summary>
public static class SiloHosting
{
    public const string ServiceId = "faceclassifier";

    /// <summary>
    /// File grain storage and file reminders under the data folder (durable across restarts), and the
    /// in-memory stream provider for job work. The AWS issue swaps these providers, not the grains.
    /// </summary>
    public static ISiloBuilder AddFaceClassifier(this ISiloBuilder silo)
    {
        silo.Services.AddClassificationServices();
        foreach (var name in new[] { StorageNames.Jobs, StorageNames.Gallery, JobStreams.PubSubStore })
        {
            silo.AddFileGrainStorage(name, o => o.Configure<DataDirectory>((options, data) => options.RootDirectory = data.State));
        }

        silo.UseFileReminderService();
        silo.Services.AddOptions<ReminderOptions>().Configure<IOptions<JobOptions>>((reminders, jobs) =>
            reminders.MinimumReminderPeriod = TimeSpan.FromTicks(Math.Min(reminders.MinimumReminderPeriod.Ticks, jobs.Value.ResumeCheckPeriod.Ticks)));
        silo.AddMemoryStreams(JobStreams.Provider);
        return silo;
    }

    /// <summary>
    /// Localhost clustering with ports from configuration (Orleans:SiloPort, Orleans:GatewayPort, and
    /// Orleans:PrimarySiloPort for a second silo joining the first), read when the silo starts.
    /// </summary>
    public static ISiloBuilder UseConfiguredLocalhostClustering(this ISiloBuilder silo)
    {
        silo.UseLocalhostClustering(serviceId: ServiceId, clusterId: ServiceId);
        silo.Services.AddOptions<EndpointOptions>().Configure<IConfiguration>((endpoints, config) =>
        {
            endpoints.SiloPort = config.GetValue("Orleans:SiloPort", EndpointOptions.DEFAULT_SILO_PORT);
            endpoints.GatewayPort = config.GetValue("Orleans:GatewayPort", EndpointOptions.DEFAULT_GATEWAY_PORT);
        });
        silo.Services.AddOptions<DevelopmentClusterMembershipOptions>().Configure<IConfiguration>((membership, config) =>
        {
            var primary = config.GetValue<int?>("Orleans:PrimarySiloPort") ?? config.GetValue("Orleans:SiloPort", EndpointOptions.DEFAULT_SILO_PORT);
            membership.PrimarySiloEndpoint = new IPEndPoint(IPAddress.Loopback, primary);
        });
        return silo;
    }
}
