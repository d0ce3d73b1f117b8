using System.Net;

namespace FaceClassifier.Notifications.Webhooks;

/// <summary>The addresses that are not on the public internet: loopback, private, link-local, shared (CGNAT),
/// unspecified, multicast, broadcast and reserved, in IPv4 and IPv6, including IPv4 inside IPv6.</summary>
internal static class InternalAddresses
{
    private static readonly IPNetwork[] V4 =
    [
        IPNetwork.Parse("0.0.0.0/8"),       // "this network"; connecting to 0.0.0.0 reaches the machine itself
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),   // shared address space (carrier-grade NAT)
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"),  // link-local, with the cloud metadata service at 169.254.169.254
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"),    // IETF protocol assignments
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"),   // benchmarking
        IPNetwork.Parse("224.0.0.0/4"),     // multicast
        IPNetwork.Parse("240.0.0.0/4"),     // reserved, with the broadcast address 255.255.255.255
    ];

    private static readonly IPNetwork[] V6 =
    [
        IPNetwork.Parse("::/96"),           // unspecified, loopback and the deprecated IPv4-compatible addresses
        IPNetwork.Parse("100::/64"),        // discard-only
        IPNetwork.Parse("fc00::/7"),        // unique local
        IPNetwork.Parse("fe80::/10"),       // link-local
        IPNetwork.Parse("fec0::/10"),       // site-local (deprecated)
        IPNetwork.Parse("ff00::/8"),        // multicast
    ];

    // IPv6 prefixes that carry an IPv4 address a gateway would forward to: the embedded address decides.
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    /// <summary>True when <paramref name="address"/> is not a public internet address.</summary>
    public static bool Contains(IPAddress address)
    {
        address = Unmapped(address);
        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
        {
            return V4.Any(network => network.Contains(address));
        }
        if (Nat64.Contains(address))
        {
            return Contains(new IPAddress(address.GetAddressBytes().AsSpan(12, 4)));
        }
        if (SixToFour.Contains(address))
        {
            return Contains(new IPAddress(address.GetAddressBytes().AsSpan(2, 4)));
        }
        return V6.Any(network => network.Contains(address));
    }

    /// <summary>The IPv4 address of an IPv4-mapped IPv6 address (<c>::ffff:a.b.c.d</c>), else the address itself.</summary>
    public static IPAddress Unmapped(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
