using System.Net;
using System.Net.Sockets;

namespace FaceClassifier.Tests.Browser.Support;

/// <summary>Loopback ports nobody listens on right now, for the co-hosted silo.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
