using FaceClassifier.Api.Hosting;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.Security;

/// <summary>What a request's key allows.</summary>
public enum KeyCheck
{
    Allowed,
    Missing,
    Unknown,
    LacksRole,
}

/// <summary>
/// Checks X-Api-Key against the configured keys, re-read whenever the Security settings change, so keys rotate
/// without a restart. A change that fails validation keeps the previous keys (and logs why), as a web server
/// keeps its configuration when a reload is refused.
/// </summary>
public sealed partial class KeyRing(IOptionsMonitor<SecurityOptions> options, ILogger<KeyRing> logger)
{
    private readonly Lock _gate = new();
    private KeySet? _current;
    private bool _refused;

    public KeyCheck Check(string presented, KeyRole role)
    {
        var keys = Current();
        if (!keys.Guards(role))
        {
            return KeyCheck.Allowed;
        }

        if (presented.Length == 0)
        {
            return KeyCheck.Missing;
        }

        return keys.Find(presented) switch
        {
            null => KeyCheck.Unknown,
            { } key when key.Roles.HasFlag(role) => KeyCheck.Allowed,
            _ => KeyCheck.LacksRole,
        };
    }

    internal KeySet Current()
    {
        SecurityOptions settings;
        try
        {
            settings = options.CurrentValue;
        }
        catch (OptionsValidationException ex)
        {
            lock (_gate)
            {
                if (!_refused)
                {
                    _refused = true;
                    LogChangeRefused(logger, ex.Message);
                }

                // No previous set only when the settings turned invalid before the first check: refuse every
                // guarded request (a 500) rather than run without keys. At start-up ValidateOnStart stops the host.
                return _current ?? throw new InvalidOperationException("The Security settings are not valid.", ex);
            }
        }

        var current = Volatile.Read(ref _current);
        if (ReferenceEquals(current?.Source, settings))
        {
            return current;
        }

        lock (_gate)
        {
            if (!ReferenceEquals(_current?.Source, settings))
            {
                var next = KeySet.From(settings);
                LogKeysLoaded(logger, next.Keys.Count, next.Keys.Count == 0 ? "none" : string.Join(", ", next.Keys.Select(k => $"{k.Name} ({Describe(k.Roles)})")));
                Volatile.Write(ref _current, next);
                _refused = false;
            }

            return _current!;
        }
    }

    private static string Describe(KeyRole roles) => string.Join("+", KeyRoles.All.Where(r => roles.HasFlag(r)).Select(KeyRoles.Name));
}
