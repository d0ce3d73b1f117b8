using Microsoft.Extensions.Options;

namespace FaceClassifier.Notifications.Webhooks;

/// <summary>Checks the <c>Webhooks</c> section at start-up and says exactly which setting is wrong.</summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    internal const int MinimumSecretLength = 16;

    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        const string S = WebhookOptions.SectionName;
        var failures = new List<string>(options.Validate(S));
        if (options.GlobalUrl is { } url && !IsHttpUrl(url))
        {
            failures.Add($"{S}:GlobalUrl must be an absolute http or https URL (is '{url.OriginalString}').");
        }
        for (var i = 0; i < options.AllowedHosts.Count; i++)
        {
            if (WebhookTargetPolicy.EntryError(options.AllowedHosts[i]) is { } error)
            {
                failures.Add($"{S}:AllowedHosts:{i} {error} (is '{options.AllowedHosts[i]}').");
            }
        }
        if (options.GlobalUrl is { } global && IsHttpUrl(global) && !new WebhookTargetPolicy(options).AllowsUrl(global))
        {
            failures.Add($"{S}:GlobalUrl points to a loopback, private or link-local address ('{global.Authority}'); "
                + $"allow it with {S}:AllowedHosts or {S}:AllowPrivateNetworks=true.");
        }
        if (options.Secret is { Length: > 0 } secret && secret.Trim().Length < MinimumSecretLength)
        {
            // The secret's value is never echoed, only its length.
            failures.Add($"{S}:Secret must be at least {MinimumSecretLength} characters (has {secret.Trim().Length}); "
                + "for example the output of `openssl rand -hex 32`.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsHttpUrl(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
