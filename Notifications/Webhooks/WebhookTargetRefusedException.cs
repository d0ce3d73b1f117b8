using System.Net;

namespace FaceClassifier.Notifications.Webhooks;

/// <summary>A webhook's host is, or resolves to, an address <see cref="WebhookTargetPolicy"/> does not allow; trying again
/// cannot help.</summary>
public sealed class WebhookTargetRefusedException(string host, IPAddress address)
    : Exception($"Webhook target refused: {Describe(host, address)} a loopback, private or link-local address "
        + "(Webhooks:AllowedHosts or Webhooks:AllowPrivateNetworks=true allow it)")
{
    /// <summary>The refused address.</summary>
    public IPAddress Address { get; } = address;

    private static string Describe(string host, IPAddress address) =>
        IPAddress.TryParse(host, out var literal) && literal.Equals(address) ? $"{address} is" : $"{host} resolves to {address},";
}
