using System.Net.Mail;
using FaceClassifier.Gallery;
using FaceClassifier.Notifications.Webhooks;

namespace FaceClassifier.Api.Contracts;

/// <summary>Validation of the name and email fields (upload and PUT), with the 400 messages.</summary>
public static class ContactRules
{
    public const int MaxNameLength = PersonNames.MaxLength;
    public const int MaxEmailLength = 254;

    /// <summary>Null when <paramref name="name"/> (already trimmed) is acceptable, else the message.</summary>
    public static string? NameError(string? name) => PersonNames.Error(name);

    /// <summary>Null when <paramref name="email"/> (already trimmed) is a plain address like someone@example.com, else the message.</summary>
    public static string? EmailError(string? email)
    {
        if (email is null)
        {
            return "email is required";
        }

        var at = email.IndexOf('@');
        var valid = email.Length <= MaxEmailLength
            && at > 0 && at == email.LastIndexOf('@')
            && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.')
            && !email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email;
        return valid ? null : "email is not a valid email address";
    }

    /// <summary>Null when <paramref name="url"/> is absent or an absolute http(s) URL that <paramref name="targets"/> allows
    /// (no literal loopback, private or link-local host), else the message.</summary>
    public static string? WebhookError(string? url, WebhookTargetPolicy targets) =>
        url is null ? null
        : !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") ? "webhook_url must be an absolute http or https URL"
        : targets.AllowsUrl(uri) ? null
        : WebhookTargetPolicy.RefusedMessage;
}
