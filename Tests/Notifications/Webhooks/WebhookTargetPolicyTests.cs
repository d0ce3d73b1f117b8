using System.Net;
using FaceClassifier.Notifications.Webhooks;

namespace FaceClassifier.Tests.Notifications.Webhooks;

/// <summary>Which webhook URLs and resolved addresses the target policy lets through, by default and when opened.</summary>
[Trait("Kind", "unit")]
public sealed class WebhookTargetPolicyTests
{
    private static readonly WebhookTargetPolicy Default = new(new WebhookOptions());

    /// <summary>Literal internal hosts in the spellings .NET's Uri accepts, one per range.</summary>
    public static TheoryData<string> InternalUrls => new()
    {
        "http://127.0.0.1/hook",
        "http://127.8.9.10:8080/hook",
        "http://localhost/hook",
        "http://LocalHost./hook",
        "http://hooks.localhost/hook",
        "http://[::1]/hook",
        "http://[0:0:0:0:0:0:0:1]/hook",
        "http://2130706433/hook",
        "http://0x7f000001/hook",
        "http://0x7f.0.0.1/hook",
        "http://0177.0.0.1/hook",
        "http://017700000001/hook",
        "http://127.1/hook",
        "http://127.0.0.1./hook",
        "http://user@127.0.0.1/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://[::ffff:7f00:1]/hook",
        "http://[::ffff:169.254.169.254]/latest/meta-data",
        "http://0.0.0.0/hook",
        "http://0/hook",
        "http://[::]/hook",
        "http://10.0.0.1/hook",
        "http://10.255.255.255/hook",
        "http://172.16.0.1/hook",
        "http://172.31.255.254/hook",
        "http://192.168.1.20/hook",
        "http://169.254.169.254/latest/meta-data",
        "https://169.254.0.1/hook",
        "http://100.64.0.1/hook",
        "http://100.127.255.254/hook",
        "http://[fc00::1]/hook",
        "http://[fd12:3456::1]/hook",
        "http://[fe80::1]/hook",
        "http://[fe80::1%25eth0]/hook",
        "http://[febf::1]/hook",
        "http://224.0.0.1/hook",
        "http://239.255.255.250/hook",
        "http://255.255.255.255/hook",
        "http://[ff02::1]/hook",
        "http://[64:ff9b::a9fe:a9fe]/hook",
        "http://[2002:c0a8:0101::1]/hook",
    };

    [Theory]
    [MemberData(nameof(InternalUrls))]
    public void A_literal_internal_host_is_refused_by_default(string url) =>
        Assert.False(Default.AllowsUrl(new Uri(url)));

    [Theory]
    [InlineData("https://hooks.example.com/faces")]
    [InlineData("http://example.com:8080/hook?token=abc")]
    [InlineData("https://93.184.215.14/hook")]
    [InlineData("http://8.8.8.8/hook")]
    [InlineData("http://172.32.0.1/hook")]
    [InlineData("http://100.128.0.1/hook")]
    [InlineData("http://[2606:4700:4700::1111]/hook")]
    [InlineData("http://[::ffff:8.8.8.8]/hook")]
    [InlineData("http://[2002:0808:0808::1]/hook")]
    [InlineData("http://intranet/hook")]
    public void A_public_literal_and_host_names_pass_the_url_check(string url) =>
        Assert.True(Default.AllowsUrl(new Uri(url)));

    [Fact]
    public void Private_networks_open_everything()
    {
        var open = new WebhookTargetPolicy(new WebhookOptions { AllowPrivateNetworks = true });

        Assert.All<object[]>(InternalUrls, row => Assert.True(open.AllowsUrl(new Uri((string)row[0]))));
        Assert.Null(open.FirstRefused("localhost", [IPAddress.Loopback, IPAddress.IPv6Loopback]));
    }

    [Fact]
    public void The_allow_list_opens_named_hosts_addresses_and_ranges_only()
    {
        var policy = new WebhookTargetPolicy(new WebhookOptions { AllowedHosts = ["Hooks.Internal.", "10.1.0.0/16", "127.0.0.1", "fd00::/8"] });

        Assert.True(policy.AllowsUrl(new Uri("http://hooks.internal/x")));
        Assert.True(policy.AllowsUrl(new Uri("http://10.1.200.3/x")));
        Assert.True(policy.AllowsUrl(new Uri("http://127.0.0.1:9000/x")));
        Assert.True(policy.AllowsUrl(new Uri("http://[::ffff:127.0.0.1]/x")));
        Assert.True(policy.AllowsUrl(new Uri("http://[fd00::5]/x")));
        Assert.False(policy.AllowsUrl(new Uri("http://10.2.0.1/x")));
        Assert.False(policy.AllowsUrl(new Uri("http://127.0.0.2/x")));
        Assert.False(policy.AllowsUrl(new Uri("http://localhost/x")));

        // A named host may resolve anywhere; any other name must resolve to allowed addresses only.
        Assert.Null(policy.FirstRefused("HOOKS.internal", [IPAddress.Parse("192.168.9.9")]));
        Assert.Null(policy.FirstRefused("other.example", [IPAddress.Parse("10.1.0.7"), IPAddress.Parse("8.8.4.4")]));
        Assert.Equal(IPAddress.Parse("192.168.9.9"),
            policy.FirstRefused("other.example", [IPAddress.Parse("10.1.0.7"), IPAddress.Parse("192.168.9.9")]));
    }

    [Fact]
    public void A_name_resolving_to_any_internal_address_is_refused_by_default()
    {
        Assert.Null(Default.FirstRefused("hooks.example.com", [IPAddress.Parse("93.184.215.14"), IPAddress.Parse("2606:2800:21f:cb07:6820:80da:af6b:8b2c")]));
        Assert.Equal(IPAddress.Parse("10.0.0.5"),
            Default.FirstRefused("rebind.example.com", [IPAddress.Parse("93.184.215.14"), IPAddress.Parse("10.0.0.5")]));
        Assert.Equal(IPAddress.Parse("::ffff:127.0.0.1"), Default.FirstRefused("mapped.example.com", [IPAddress.Parse("::ffff:127.0.0.1")]));
    }

    [Fact]
    public void The_refusal_names_the_host_and_the_address()
    {
        Assert.Equal("Webhook target refused: localhost resolves to 127.0.0.1, a loopback, private or link-local address "
            + "(Webhooks:AllowedHosts or Webhooks:AllowPrivateNetworks=true allow it)",
            new WebhookTargetRefusedException("localhost", IPAddress.Loopback).Message);
        Assert.StartsWith("Webhook target refused: 10.0.0.1 is a loopback,",
            new WebhookTargetRefusedException("10.0.0.1", IPAddress.Parse("10.0.0.1")).Message);
    }

    [Fact]
    public void The_product_default_allows_public_addresses_only() =>
        Assert.Equal((false, 0), (new WebhookOptions().AllowPrivateNetworks, new WebhookOptions().AllowedHosts.Count));
}
