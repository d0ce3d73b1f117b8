namespace FaceClassifier.Blobs;

/// <summary>How links to stored videos and frames are signed.</summary>
public sealed class SignedUrlOptions
{
    public const string Section = "SignedUrls";

    /// <summary>How long links in API responses stay valid.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long links in emails and webhooks stay valid.</summary>
    public TimeSpan MailLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>HMAC key; when empty a random key is generated once and kept in &lt;data&gt;/keys.</summary>
    [Redact]
    public string? SigningKey { get; set; }

    /// <summary>Base address for links made outside a request (emails, webhooks).</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:8080";
}
