using System.Net;
using FaceClassifier.Api.RateLimiting;

namespace FaceClassifier.Tests.Api.RateLimiting;

/// <summary>An IPv4 client is its address; an IPv6 client is its /64, which one host usually holds whole.</summary>
[Trait("Kind", "unit")]
public sealed class ClientPartitionKeyTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    [InlineData("fe80::1%2", "fe80::/64")]
    [InlineData("::1", "::/64")]
    public void A_client_address_maps_to_its_bucket(string address, string expected) =>
        Assert.Equal(expected, ClientPartitionKey.Of(IPAddress.Parse(address)));

    [Fact]
    public void Requests_without_an_address_share_one_bucket() =>
        Assert.Equal(ClientPartitionKey.Unknown, ClientPartitionKey.Of(null));
}
