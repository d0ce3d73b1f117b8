using System.Net;

namespace FaceClassifier.Notifications.Webhooks;

/// <summary>Where webhooks may go: public addresses only, unless <c>Webhooks:AllowPrivateNetworks</c> opens everything
/// or <c>Webhooks:AllowedHosts</c> names a host, address or CIDR range. Checked at upload on the URL and at send time
/// on every address the host resolves to.</summary>
public sealed class WebhookTargetPolicy
{
    /// <summary>The 400 message of an upload whose webhook points inward.</summary>
    public const string RefusedMessage = "webhook_url must not point to a loopback, private or link-local address";

    private readonly bool _allowAll;
    private readonly HashSet<string> _hosts = new(StringComparer.Ordinal);
    private readonly List<IPNetwork> _networks = [];

    /// <summary>The policy of these settings; entries of <see cref="WebhookOptions.AllowedHosts"/> that do not parse are
    /// ignored here (the options validator refuses them at start-up).</summary>
    public WebhookTargetPolicy(WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _allowAll = options.AllowPrivateNetworks;
        foreach (var entry in options.AllowedHosts)
        {
            if (TryParseNetwork(entry, out var network))
            {
                _networks.Add(network);
            }
            else if (Uri.CheckHostName(entry.Trim()) == UriHostNameType.Dns)
            {
                _hosts.Add(Normalize(entry));
            }
        }
    }

    /// <summary>False when the URL's host is a literal internal address in any spelling, or <c>localhost</c>;
    /// host names are checked when the webhook is sent.</summary>
    public bool AllowsUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.HostNameType == UriHostNameType.IPv6 ? url.Host.Trim('[', ']') : Normalize(url.IdnHost);
        if (_allowAll || _hosts.Contains(host))
        {
            return true;
        }
        // IPAddress reads every IPv4 form Uri does (2130706433, 0x7f.1, 0177.0.0.1), and "127.0.0.1." once the dot is gone.
        if (IPAddress.TryParse(host, out var address))
        {
            return AllowsAddress(address);
        }
        return host != "localhost" && !host.EndsWith(".localhost", StringComparison.Ordinal);
    }

    /// <summary>The first of the addresses <paramref name="host"/> resolved to that a webhook may not connect to, or null.</summary>
    public IPAddress? FirstRefused(string host, IEnumerable<IPAddress> addresses) =>
        _allowAll || _hosts.Contains(Normalize(host)) ? null : addresses.FirstOrDefault(address => !AllowsAddress(address));

    /// <summary>True for public addresses and those in an allowed range.</summary>
    public bool AllowsAddress(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var unmapped = InternalAddresses.Unmapped(address);
        return _allowAll || !InternalAddresses.Contains(unmapped) || _networks.Any(network => network.Contains(unmapped));
    }

    /// <summary>Null when <paramref name="entry"/> is a host name, an IP address or a CIDR range, else why not.</summary>
    internal static string? EntryError(string? entry) =>
        entry is not null && (TryParseNetwork(entry, out _) || Uri.CheckHostName(entry.Trim()) == UriHostNameType.Dns)
            ? null
            : "must be a host name (hooks.internal.example), an IP address (10.1.2.3) or a CIDR range (10.1.0.0/16)";

    private static bool TryParseNetwork(string entry, out IPNetwork network)
    {
        entry = entry.Trim();
        if (IPAddress.TryParse(entry, out var address) && !entry.Contains('/'))
        {
            address = InternalAddresses.Unmapped(address);
            network = new IPNetwork(address, address.GetAddressBytes().Length * 8);
            return true;
        }
        return IPNetwork.TryParse(entry, out network);
    }

    // DNS names compare without case and without the root's trailing dot ("LOCALHOST." is "localhost").
    private static string Normalize(string host) => host.Trim().TrimEnd('.').ToLowerInvariant();
}
