using System.Net;
using System.Net.Sockets;

namespace FaceClassifier.Api.RateLimiting;

/// <summary>Which bucket a client address draws from.</summary>
public static class ClientPartitionKey
{
    /// <summary>Requests without an address (in-process callers) share one bucket.</summary>
    public const string Unknown = "unknown";

    /// <summary>
    /// An IPv4 address as itself (IPv4-mapped IPv6 included); an IPv6 address by its /64 prefix, since one host
    /// is usually given a whole /64 and could otherwise take a fresh bucket for every request.
    /// </summary>
    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var prefix = address.GetAddressBytes();
        Array.Clear(prefix, 8, 8);
        return $"{new IPAddress(prefix)}/64";
    }
}
