using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;

namespace FaceClassifier.Hosting;

/// <summary>The address other silos and clients reach this silo at: Orleans:AdvertisedIP, else the first non-loopback IPv4.</summary>
internal static class AdvertisedAddress
{
    public static IPAddress From(IConfiguration configuration)
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
