using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using FaceClassifier.Aws.Clustering.DynamoDb;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace FaceClassifier.Hosting;

/// <summary>How silos find each other: localhost (Clustering:Provider=Localhost, the default) or a DynamoDB membership table.</summary>
public static class ClusteringHosting
{
    public const string Section = "Clustering";
    public const string Localhost = "Localhost";
    public const string DynamoDb = "DynamoDB";

    /// <summary>
    /// Clustering from configuration, with ports from Orleans:SiloPort and Orleans:GatewayPort. Localhost clustering
    /// uses Orleans:PrimarySiloPort for a second silo joining the first. DynamoDB clustering needs Clustering:Table and
    /// Clustering:ClusterId and advertises Orleans:AdvertisedIP (default: the machine's first non-loopback IPv4 address).
    /// </summary>
    public static ISiloBuilder UseConfiguredClustering(this ISiloBuilder silo)
    {
        var provider = ProviderSettings.Provider(silo.Configuration, Section, Localhost, DynamoDb);
        if (provider == Localhost)
        {
            silo.UseLocalhostClustering(serviceId: SiloHosting.ServiceId, clusterId: SiloHosting.ServiceId);
            silo.Services.AddOptions<DevelopmentClusterMembershipOptions>().Configure<IConfiguration>((membership, config) =>
            {
                var primary = config.GetValue<int?>("Orleans:PrimarySiloPort") ?? config.GetValue("Orleans:SiloPort", EndpointOptions.DEFAULT_SILO_PORT);
                membership.PrimarySiloEndpoint = new IPEndPoint(IPAddress.Loopback, primary);
            });
        }
        else
        {
            var (table, clusterId) = DynamoDbSettings(silo.Configuration);
            var advertised = AdvertisedAddress(silo.Configuration);
            silo.Configure<ClusterOptions>(cluster => (cluster.ServiceId, cluster.ClusterId) = (SiloHosting.ServiceId, clusterId));
            silo.UseDynamoDbClustering(options => options.Configure(clustering => clustering.TableName = table));
            silo.Configure<EndpointOptions>(endpoints => endpoints.AdvertisedIPAddress = advertised);
        }

        silo.Services.AddOptions<EndpointOptions>().Configure<IConfiguration>((endpoints, config) =>
        {
            endpoints.SiloPort = config.GetValue("Orleans:SiloPort", EndpointOptions.DEFAULT_SILO_PORT);
            endpoints.GatewayPort = config.GetValue("Orleans:GatewayPort", EndpointOptions.DEFAULT_GATEWAY_PORT);
        });
        return silo;
    }

    /// <summary>The membership table and cluster id DynamoDB clustering cannot run without.</summary>
    internal static (string Table, string ClusterId) DynamoDbSettings(IConfiguration configuration) =>
    (
        ProviderSettings.Required(configuration, $"{Section}:Table", $"when {Section}:Provider={DynamoDb}"),
        ProviderSettings.Required(configuration, $"{Section}:ClusterId", $"when {Section}:Provider={DynamoDb}")
    );

    /// <summary>The address other silos and clients reach this silo at: Orleans:AdvertisedIP, else the first non-loopback IPv4.</summary>
    internal static IPAddress AdvertisedAddress(IConfiguration configuration)
    {
        if (configuration["Orleans:AdvertisedIP"] is { Length: > 0 } configured)
        {
            return IPAddress.TryParse(configured, out var address)
                ? address
                : throw new InvalidOperationException(
                    $"Setting Orleans:AdvertisedIP (environment variable Orleans__AdvertisedIP) is '{configured}', which is not an IP address.");
        }

        return NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            ?? throw new InvalidOperationException(
                "This machine has no non-loopback IPv4 address to advertise; set Orleans:AdvertisedIP (environment variable Orleans__AdvertisedIP).");
    }
}
