using Microsoft.Extensions.Configuration;

namespace FaceClassifier.Providers;

/// <summary>Reads the one-per-concern provider switches ("Storage:Provider" …) and the settings they require.</summary>
public static class ProviderSettings
{
    /// <summary>The provider named at <c>{section}:Provider</c>, or <paramref name="fallback"/>; anything else is refused with the accepted names.</summary>
    public static string Provider(IConfiguration configuration, string section, string fallback, params string[] others)
    {
        var value = configuration[$"{section}:Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        var known = others.Prepend(fallback).ToArray();
        return known.FirstOrDefault(k => string.Equals(k, value, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException(
                $"Setting {section}:Provider (environment variable {section}__Provider) is '{value}'; use one of: {string.Join(", ", known)}.");
    }

    /// <summary>The value of a setting the chosen provider cannot run without; its absence is a start-up error naming it.</summary>
    public static string Required(IConfigurationSection section, string key, string because) =>
        Required((IConfiguration)section, key, because, $"{section.Path}:{key}");

    /// <summary>The value of a setting the chosen provider cannot run without; its absence is a start-up error naming it.</summary>
    public static string Required(IConfiguration configuration, string key, string because) => Required(configuration, key, because, key);

    private static string Required(IConfiguration configuration, string key, string because, string path)
    {
        var value = configuration[key];
        return string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException(
                $"Missing setting {path} (environment variable {path.Replace(":", "__", StringComparison.Ordinal)}), required {because}.")
            : value;
    }
}
