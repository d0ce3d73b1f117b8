using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using FaceClassifier.Storage;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Blobs;

/// <summary>The verdict on a signed link.</summary>
public enum SignedUrlCheck
{
    Valid,
    Expired,
    Invalid,
}

/// <summary>Makes and checks expiring links to blobs: /files/{key}?expires={unix}&amp;sig={HMAC-SHA256(key + "\n" + expires)}.</summary>
public sealed class BlobUrlSigner : IBlobLinks
{
    /// <summary>The keyed service name of the clock the signer reads (tests swap in a fake one).</summary>
    public const string ClockKey = "faceclassifier.url-clock";

    public const string RoutePrefix = "/files/";

    private readonly SignedUrlOptions _options;
    private readonly TimeProvider _clock;
    private readonly Lazy<byte[]> _key;

    public BlobUrlSigner(IOptions<SignedUrlOptions> options, DataDirectory data, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _key = new Lazy<byte[]>(() => _options.SigningKey is { Length: > 0 } key
            ? Encoding.UTF8.GetBytes(key)
            : SigningKeyFile.LoadOrCreate(Path.Combine(data.Keys, "url-signing.key")));
    }

    /// <summary>A relative link (path and query) to <paramref name="key"/>, valid for <paramref name="lifetime"/>.</summary>
    public string CreatePath(string key, TimeSpan lifetime)
    {
        var expires = _clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        return $"{RoutePrefix}{key}?expires={expires}&sig={Sign(key, expires)}";
    }

    /// <summary>An absolute link to <paramref name="key"/> under <paramref name="baseUri"/>.</summary>
    public string CreateUrl(Uri baseUri, string key, TimeSpan? lifetime = null) =>
        new Uri(baseUri, CreatePath(key, lifetime ?? _options.Lifetime)).ToString();

    string IBlobLinks.CreateUrl(Uri requestBase, string key) => CreateUrl(requestBase, key);

    /// <summary>An absolute link for emails and webhooks, under the configured public base address.</summary>
    public string CreateMailUrl(string key) => CreateUrl(new Uri(_options.PublicBaseUrl), key, _options.MailLifetime);

    public SignedUrlCheck Check(string key, long expires, string? signature)
    {
        if (signature is null || !BlobKeys.IsValid(key))
        {
            return SignedUrlCheck.Invalid;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(key, expires));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
        {
            return SignedUrlCheck.Invalid;
        }

        return _clock.GetUtcNow().ToUnixTimeSeconds() < expires ? SignedUrlCheck.Valid : SignedUrlCheck.Expired;
    }

    private string Sign(string key, long expires) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes($"{key}\n{expires}")));
}
