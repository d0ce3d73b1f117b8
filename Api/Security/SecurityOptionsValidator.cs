using FaceClassifier.Api.Hosting;
using FaceClassifier.Engine.Settings;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Api.Security;

/// <summary>Checks Security:Keys at start-up and on every change; messages name settings, never a key's value.</summary>
internal sealed class SecurityOptionsValidator : IValidateOptions<SecurityOptions>
{
    public const int MinKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        var checks = new SettingChecks(SecurityOptions.Section);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var values = new HashSet<string>(StringComparer.Ordinal);
        if (options.ApiKey is { Length: > 0 } apiKey)
        {
            values.Add(apiKey);
        }

        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            var at = $"Keys:{i}";
            checks
                .Require(!string.IsNullOrWhiteSpace(key.Name), $"{at}:Name", "is required: who holds the key")
                .Require(string.IsNullOrWhiteSpace(key.Name) || names.Add(key.Name.Trim()), $"{at}:Name", "must differ from the other keys' names")
                .Require(key.Key is { Length: >= MinKeyLength }, $"{at}:Key", $"must be at least {MinKeyLength} characters")
                .Require(key.Key is not { Length: > 0 } || values.Add(key.Key), $"{at}:Key", "must differ from the other keys and Security:ApiKey")
                .Require(key.Roles.Count > 0, $"{at}:Roles", $"must name at least one role of {KeyRoles.Known}");
            for (var r = 0; r < key.Roles.Count; r++)
            {
                checks.Require(KeyRoles.Parse(key.Roles[r]) != KeyRole.None, $"{at}:Roles:{r}", $"must be one of {KeyRoles.Known}");
            }
        }

        return checks.Result;
    }
}
