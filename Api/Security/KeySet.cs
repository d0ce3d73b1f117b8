using System.Security.Cryptography;
using System.Text;
using FaceClassifier.Api.Hosting;

namespace FaceClassifier.Api.Security;

/// <summary>One configured key: its holder's name, the SHA-256 of its value and its roles.</summary>
internal sealed record ConfiguredKey(string Name, byte[] Hash, KeyRole Roles);

/// <summary>The keys of one version of the Security settings, held as hashes.</summary>
internal sealed class KeySet
{
    /// <summary>The name Security:ApiKey goes by: a key with the gallery and admin roles.</summary>
    public const string ApiKeyName = "ApiKey";

    private readonly ConfiguredKey[] _keys;
    private readonly bool _guardsUploads;

    private KeySet(SecurityOptions source, ConfiguredKey[] keys)
    {
        Source = source;
        _keys = keys;
        _guardsUploads = keys.Any(k => k.Roles.HasFlag(KeyRole.Upload));
    }

    /// <summary>The settings this set was made from.</summary>
    public SecurityOptions Source { get; }

    public IReadOnlyList<ConfiguredKey> Keys => _keys;

    public static KeySet From(SecurityOptions options)
    {
        var keys = new List<ConfiguredKey>();
        if (options.ApiKey is { Length: > 0 } apiKey)
        {
            keys.Add(new(ApiKeyName, Hash(apiKey), KeyRole.Gallery | KeyRole.Admin));
        }

        foreach (var key in options.Keys.Where(k => k.Key is { Length: > 0 }))
        {
            keys.Add(new(key.Name.Trim(), Hash(key.Key), key.Roles.Aggregate(KeyRole.None, (roles, name) => roles | KeyRoles.Parse(name))));
        }

        return new KeySet(options, [.. keys]);
    }

    /// <summary>
    /// Whether an endpoint needing <paramref name="role"/> asks for a key: uploads once a key has the upload role
    /// (they are public by default), the gallery and admin endpoints once any key is configured.
    /// </summary>
    public bool Guards(KeyRole role) => role == KeyRole.Upload ? _guardsUploads : _keys.Length > 0;

    /// <summary>The key whose value is <paramref name="presented"/>, or null.</summary>
    public ConfiguredKey? Find(string presented)
    {
        // Hashes have one length whatever the key's, and every key is compared: the time taken tells neither
        // a key's length nor which key matched.
        var hash = Hash(presented);
        ConfiguredKey? found = null;
        foreach (var key in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, key.Hash))
            {
                found = key;
            }
        }

        return found;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
