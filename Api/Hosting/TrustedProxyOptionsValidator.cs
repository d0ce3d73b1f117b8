using System.Net;
using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.Hosting;

/// <summary>Checks the "ForwardedHeaders" section at start-up.</summary>
internal sealed class TrustedProxyOptionsValidator : IValidateOptions<TrustedProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, TrustedProxyOptions options)
    {
        var checks = new SettingChecks(TrustedProxyOptions.Section);
        for (var i = 0; i < options.KnownProxies.Length; i++)
        {
            checks.Require(IPAddress.TryParse(options.KnownProxies[i], out _), $"{nameof(options.KnownProxies)}:{i}", $"is '{options.KnownProxies[i]}', not an IP address");
        }

        for (var i = 0; i < options.KnownNetworks.Length; i++)
        {
            checks.Require(IPNetwork.TryParse(options.KnownNetworks[i], out _), $"{nameof(options.KnownNetworks)}:{i}", $"is '{options.KnownNetworks[i]}', not a network in CIDR notation (10.0.0.0/8)");
        }

        return checks.Result;
    }
}
