using Microsoft.Extensions.Options;

namespace FaceClassifier.Engine.Settings;

/// <summary>Collects an options validator's failures, each naming the setting and its environment variable.</summary>
public sealed class SettingChecks(string section)
{
    private readonly List<string> _failures = [];

    /// <summary>The result: success, or every failed rule's message.</summary>
    public ValidateOptionsResult Result => _failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_failures);

    /// <summary>How a message names a setting: "Section:Key (environment variable Section__Key)".</summary>
    public static string Describe(string section, string key)
    {
        var path = $"{section}:{key}";
        return $"{path} (environment variable {path.Replace(":", "__", StringComparison.Ordinal)})";
    }

    /// <summary>Records "{setting} {problem}." for <paramref name="key"/> unless <paramref name="valid"/>.</summary>
    public SettingChecks Require(bool valid, string key, string problem)
    {
        if (!valid)
        {
            _failures.Add($"{Describe(section, key)} {problem}.");
        }

        return this;
    }
}
