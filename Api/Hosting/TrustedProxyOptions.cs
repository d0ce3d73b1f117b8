namespace FaceClassifier.Api.Hosting;

/// <summary>Whose X-Forwarded-For names the client: only these proxies' (none by default, so a client cannot choose its own address).</summary>
public sealed class TrustedProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. 127.0.0.1 for an nginx on the same machine.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. 10.0.0.0/8.</summary>
    public string[] KnownNetworks { get; set; } = [];
}
