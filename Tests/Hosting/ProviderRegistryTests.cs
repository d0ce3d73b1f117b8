using System.Reflection;
using FaceClassifier.Aws;
using FaceClassifier.Hosting;
using FaceClassifier.Providers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Providers;

namespace FaceClassifier.Tests.Hosting;

/// <summary>The [RegisterProvider] registrations the configuration switches pick from.</summary>
[Trait("Kind", "unit")]
public sealed class ProviderRegistryTests
{
    private static readonly Assembly[] ProviderAssemblies =
        [typeof(ProviderRegistry).Assembly, typeof(AwsClientFactory).Assembly, typeof(FaceClassifierSiloBuilderExtensions).Assembly];

    private static readonly ProviderRegistry Registry = new(ProviderAssemblies);

    [Theory]
    [InlineData("Clustering", "Silo", "Localhost")]
    [InlineData("Clustering", "Silo", "DynamoDB")]
    [InlineData("Clustering", "Client", "Localhost")]
    [InlineData("Clustering", "Client", "DynamoDB")]
    [InlineData("GrainStorage", "Silo", "File")]
    [InlineData("GrainStorage", "Silo", "DynamoDB")]
    [InlineData("Reminders", "Silo", "File")]
    [InlineData("Reminders", "Silo", "DynamoDB")]
    [InlineData("DeadLetters", "Silo", "DynamoDB")]
    [InlineData("Gallery", "Silo", "File")]
    [InlineData("Gallery", "Silo", "DynamoDB")]
    [InlineData("JobIndex", "Silo", "File")]
    [InlineData("JobIndex", "Silo", "DynamoDB")]
    [InlineData("Streaming", "Silo", "Memory")]
    [InlineData("Streaming", "Silo", "SQS")]
    public void Every_documented_provider_is_registered(string kind, string target, string name) =>
        Assert.True(Registry.Has(kind, name, target));

    [Fact]
    public void The_file_state_has_no_dead_letter_provider_of_its_own() =>
        Assert.False(Registry.Has(ProviderKinds.DeadLetters, "File", ProviderRegistry.Silo));

    [Fact]
    public void Every_registration_builds_for_its_target()
    {
        var registrations = ProviderAssemblies.SelectMany(a => a.GetCustomAttributes<RegisterProviderAttribute>()).ToList();

        Assert.Equal(15, registrations.Count);
        Assert.All(registrations, r => Assert.True(
            (r.Target == ProviderRegistry.Silo ? typeof(IProviderBuilder<ISiloBuilder>) : typeof(IProviderBuilder<IClientBuilder>)).IsAssignableFrom(r.Type),
            $"{r.Type.Name} registered for {r.Target}"));
    }

    [Fact]
    public void An_unregistered_name_is_refused_with_the_registered_ones()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("State:Provider", "Redis")]).Build();

        var error = Assert.Throws<InvalidOperationException>(() =>
            Registry.Pick(configuration, "State", ProviderKinds.GrainStorage, ProviderRegistry.Silo, "File"));

        Assert.Equal("Setting State:Provider (environment variable State__Provider) is 'Redis'; use one of: File, DynamoDB.", error.Message);
    }

    [Fact]
    public void The_name_is_matched_without_case_and_answered_as_registered()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Clustering:Provider", "dynamodb")]).Build();

        Assert.Equal("DynamoDB", Registry.Pick(configuration, "Clustering", ProviderKinds.Clustering, ProviderRegistry.Silo, "Localhost"));
    }

    [Fact]
    public void No_setting_picks_the_fallback() =>
        Assert.Equal("File", Registry.Pick(new ConfigurationBuilder().Build(), "State", ProviderKinds.GrainStorage, ProviderRegistry.Silo, "File"));

    [Fact]
    public void Orleans_own_provider_configuration_finds_the_same_registrations()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new("Orleans:Clustering:ProviderType", "DynamoDB")]);

        var error = Assert.Throws<InvalidOperationException>(() => builder.UseOrleans(_ => { }));

        Assert.StartsWith("Missing setting Orleans:Clustering:Table (environment variable Orleans__Clustering__Table)", error.Message);
    }
}
