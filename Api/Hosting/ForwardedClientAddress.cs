using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.Hosting;

/// <summary>
/// The client's address (Connection.RemoteIpAddress, which rate limits, the dashboard and /metrics check) taken from
/// X-Forwarded-For only when the request comes from a proxy in ForwardedHeaders:KnownProxies or :KnownNetworks.
/// </summary>
public static class ForwardedClientAddress
{
    public static WebApplicationBuilder AddForwardedClientAddress(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TrustedProxyOptions>().BindConfiguration(TrustedProxyOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TrustedProxyOptions>, TrustedProxyOptionsValidator>());
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((forwarded, trusted) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor;

            // ASP.NET Core trusts loopback by default; here nothing is trusted unless configured.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in trusted.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in trusted.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline, so everything after sees the forwarded address.</summary>
    public static WebApplication UseForwardedClientAddress(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }
}
