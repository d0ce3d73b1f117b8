using System.Net;
using System.Net.Sockets;

namespace FaceClassifier.Notifications.Webhooks;

/// <summary>The webhook client's <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host once, refuses it when
/// any of its addresses is not allowed, and connects to exactly those checked addresses, so a DNS answer that changes
/// between the check and the connection (rebinding) cannot reach inside.</summary>
internal sealed class WebhookConnector(WebhookTargetPolicy policy)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var (host, port) = (context.DnsEndPoint.Host, context.DnsEndPoint.Port);
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }
        if (policy.FirstRefused(host, addresses) is { } refused)
        {
            throw new WebhookTargetRefusedException(host, refused);
        }

        // Dual mode where the system has IPv6, so one socket tries IPv4 and IPv6 addresses in turn.
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
