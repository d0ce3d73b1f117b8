using System.Reflection;
using Microsoft.Extensions.Configuration;
using Orleans.Providers;

namespace FaceClassifier.Providers;

/// <summary>
/// The providers that FaceClassifier's assemblies register with Orleans' <see cref="RegisterProviderAttribute"/>, so a
/// switch such as State:Provider picks an implementation by its registered name and no host lists implementations.
/// </summary>
public sealed class ProviderRegistry(IEnumerable<Assembly> assemblies)
{
    public const string Silo = "Silo";
    public const string Client = "Client";

    private readonly RegisterProviderAttribute[] _registrations =
        [.. assemblies.Distinct().SelectMany(a => a.GetCustomAttributes<RegisterProviderAttribute>())];

    /// <summary>
    /// The provider named at <c>{section}:Provider</c>, or <paramref name="fallback"/>; a name that no assembly registers
    /// for <paramref name="kind"/> is refused with the registered names.
    /// </summary>
    public string Pick(IConfiguration configuration, string section, string kind, string target, string fallback)
    {
        var others = _registrations.Where(r => r.Kind == kind && r.Target == target && r.Name != fallback).Select(r => r.Name).Distinct();
        return ProviderSettings.Provider(configuration, section, fallback, [.. others]);
    }

    /// <summary>Configures the silo with the <paramref name="kind"/> provider registered as <paramref name="provider"/>.</summary>
    public void Configure(ISiloBuilder silo, string kind, string provider, string? name, IConfigurationSection section) =>
        Builder<IProviderBuilder<ISiloBuilder>>(kind, provider, Silo).Configure(silo, name, section);

    /// <summary>Configures the client with the <paramref name="kind"/> provider registered as <paramref name="provider"/>.</summary>
    public void Configure(IClientBuilder client, string kind, string provider, string? name, IConfigurationSection section) =>
        Builder<IProviderBuilder<IClientBuilder>>(kind, provider, Client).Configure(client, name, section);

    /// <summary>Whether a provider is registered; kinds of our own (e.g. "DeadLetters") are optional per provider.</summary>
    public bool Has(string kind, string provider, string target) => Find(kind, provider, target) is not null;

    private T Builder<T>(string kind, string provider, string target)
    {
        var registration = Find(kind, provider, target)
            ?? throw new InvalidOperationException($"No {target} provider '{provider}' of kind {kind} is registered.");
        return (T)Activator.CreateInstance(registration.Type)!;
    }

    private RegisterProviderAttribute? Find(string kind, string provider, string target) => _registrations.FirstOrDefault(r =>
        r.Kind == kind && r.Target == target && string.Equals(r.Name, provider, StringComparison.OrdinalIgnoreCase));
}
