using System.Text.RegularExpressions;
using FaceClassifier.Blobs;

namespace FaceClassifier.Api.Hosting;

/// <summary>
/// Links made outside a request (mails, webhooks) point where the API really listens unless SignedUrls:PublicBaseUrl
/// says otherwise: the first of its URLs (urls, else FACECLASSIFIER_URLS, else the default), a wildcard host
/// (0.0.0.0, [::], *, +) replaced by this machine's name.
/// </summary>
public static partial class PublicBaseUrlDefault
{
    public static IServiceCollection AddPublicBaseUrlDefault(this IServiceCollection services)
    {
        services.AddOptions<SignedUrlOptions>().PostConfigure<IConfiguration>((options, configuration) =>
        {
            if (string.IsNullOrWhiteSpace(configuration[$"{SignedUrlOptions.Section}:{nameof(SignedUrlOptions.PublicBaseUrl)}"]))
            {
                options.PublicBaseUrl = FromListeningUrls(ListeningUrls(configuration), System.Net.Dns.GetHostName());
            }
        });
        return services;
    }

    /// <summary>The base URL ("scheme://host:port") for the first of <paramref name="urls"/> (";"-separated, as Kestrel takes them).</summary>
    public static string FromListeningUrls(string urls, string machineName)
    {
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
            ?? ApiWebApplicationBuilderExtensions.DefaultUrls;
        var named = Wildcard().Replace(first, $"${{scheme}}://{machineName}", 1);
        // An unparsable URL is left for the options validator (and Kestrel) to reject with the setting's name.
        return Uri.TryCreate(named, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : named;
    }

    [GeneratedRegex(@"^(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(\*|\+|0\.0\.0\.0|\[::\])(?=[:/]|$)")]
    private static partial Regex Wildcard();

    private static string ListeningUrls(IConfiguration configuration) =>
        configuration["urls"] is { Length: > 0 } urls ? urls
        : configuration[ApiWebApplicationBuilderExtensions.UrlsVariable] is { Length: > 0 } own ? own
        : ApiWebApplicationBuilderExtensions.DefaultUrls;
}
