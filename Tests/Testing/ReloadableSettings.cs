using Microsoft.Extensions.Configuration;

namespace FaceClassifier.Tests.Testing;

/// <summary>
/// A configuration source a test changes while the host runs: <see cref="Replace"/> swaps every value and raises the
/// reload that IOptionsMonitor follows, as an edited appsettings.json does, without waiting for a file watcher.
/// </summary>
public sealed class ReloadableSettings : ConfigurationProvider, IConfigurationSource
{
    public ReloadableSettings(IReadOnlyDictionary<string, string?>? values = null)
    {
        Data = Copy(values ?? new Dictionary<string, string?>());
    }

    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    /// <summary>Makes <paramref name="values"/> the only values of this source and tells the configuration it changed.</summary>
    public void Replace(IReadOnlyDictionary<string, string?> values)
    {
        Data = Copy(values);
        OnReload();
    }

    private static Dictionary<string, string?> Copy(IReadOnlyDictionary<string, string?> values) =>
        new(values, StringComparer.OrdinalIgnoreCase);
}
