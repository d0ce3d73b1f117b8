using FaceClassifier.Notifications.Delivery;

namespace FaceClassifier.Notifications.Webhooks;

/// <summary>Webhook settings, section <c>Webhooks</c>.</summary>
public sealed class WebhookOptions : RetryingOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Webhooks";

    /// <summary>The name of the HTTP client used for webhooks.</summary>
    public const string HttpClientName = "FaceClassifier.Webhooks";

    /// <summary>Key of the HMAC-SHA256 signature; without it webhooks go out unsigned. Never logged.</summary>
    [Redact]
    public string? Secret { get; set; }

    /// <summary>Receiver for jobs that name no <c>webhook_url</c> of their own; none means no webhook for them.</summary>
    public Uri? GlobalUrl { get; set; }

    /// <summary>Also sends <see cref="GlobalUrl"/> a <c>person.identified</c> event each time a person is found in a stored
    /// job they were not listed in, including jobs processed before they were enrolled or named.</summary>
    public bool PersonIdentified { get; set; }

    /// <summary>Lets webhooks go to loopback, private and link-local addresses too (receivers on this machine or network);
    /// off by default, so an uploader cannot make the server call inside its own network.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Non-public targets webhooks may reach all the same: host names (matched exactly, whatever they resolve to),
    /// IP addresses and CIDR ranges.</summary>
    public List<string> AllowedHosts { get; set; } = [];
}
