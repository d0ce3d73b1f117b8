using System.Security.Cryptography;
using System.Text;

namespace FaceClassifier.Notifications.Webhooks;

/// <summary>The <c>sha256=&lt;hex&gt;</c> signature of a webhook body.</summary>
public static class WebhookSignature
{
    private const string Prefix = "sha256=";

    /// <summary>The signature header value for these body bytes.</summary>
    public static string Compute(string secret, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>True when the header carries the right signature; compares in constant time.</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? header) =>
        header is not null
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Compute(secret, body)), Encoding.ASCII.GetBytes(header.Trim()));
}
