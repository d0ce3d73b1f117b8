using FaceClassifier.Api.Hosting;

namespace FaceClassifier.Tests.Api.Hosting;

/// <summary>Known proxies are addresses and known networks CIDR blocks, or the start fails naming the entry.</summary>
[Trait("Kind", "unit")]
public sealed class TrustedProxyOptionsValidatorTests
{
    private readonly TrustedProxyOptionsValidator _validator = new();

    [Fact]
    public void No_proxy_is_trusted_by_default() =>
        Assert.Equal((0, 0), (new TrustedProxyOptions().KnownProxies.Length, new TrustedProxyOptions().KnownNetworks.Length));

    [Fact]
    public void Addresses_and_networks_pass()
    {
        var options = new TrustedProxyOptions { KnownProxies = ["127.0.0.1", "::1"], KnownNetworks = ["10.0.0.0/8", "fd00::/8"] };

        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void A_host_name_or_a_bad_network_is_refused_by_name()
    {
        var options = new TrustedProxyOptions { KnownProxies = ["127.0.0.1", "nginx.local"], KnownNetworks = ["10.0.0.0"] };

        Assert.Equal(
            [
                "ForwardedHeaders:KnownProxies:1 (environment variable ForwardedHeaders__KnownProxies__1) is 'nginx.local', not an IP address.",
                "ForwardedHeaders:KnownNetworks:0 (environment variable ForwardedHeaders__KnownNetworks__0) is '10.0.0.0', not a network in CIDR notation (10.0.0.0/8).",
            ],
            _validator.Validate(null, options).Failures);
    }
}
