using System.Net;
using FaceClassifier.Aws.Clustering.DynamoDb;
using FaceClassifier.Hosting;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Messaging;

namespace FaceClassifier.Tests.Hosting;

/// <summary>The Clustering:Provider switch for silos and clients, and the settings DynamoDB clustering requires.</summary>
[Trait("Kind", "unit")]
public sealed class ClusteringHostingTests
{
    private static readonly Dictionary<string, string?> DynamoDb = new()
    {
        ["Clustering:Provider"] = "DynamoDB",
        ["Clustering:Table"] = "faceclassifier-membership",
        ["Clustering:ClusterId"] = "blue",
        ["Orleans:AdvertisedIP"] = "10.0.0.7",
        ["Aws:CreateResources"] = "true",
    };

    [Theory]
    [InlineData("Clustering:Table", "Clustering__Table")]
    [InlineData("Clustering:ClusterId", "Clustering__ClusterId")]
    public void A_missing_DynamoDB_setting_fails_naming_it(string key, string variable)
    {
        var builder = Builder(DynamoDb.Where(s => s.Key != key));

        var error = Assert.Throws<InvalidOperationException>(() => builder.UseOrleans(silo => silo.UseConfiguredClustering()));

        Assert.Equal($"Missing setting {key} (environment variable {variable}), required when Clustering:Provider=DynamoDB.", error.Message);
    }

    [Fact]
    public void An_advertised_IP_that_is_not_an_address_fails_naming_the_setting()
    {
        var builder = Builder(DynamoDb.Where(s => s.Key != "Orleans:AdvertisedIP").Append(new("Orleans:AdvertisedIP", "silo-host")));

        var error = Assert.Throws<InvalidOperationException>(() => builder.UseOrleans(silo => silo.UseConfiguredClustering()));

        Assert.Contains("Orleans:AdvertisedIP (environment variable Orleans__AdvertisedIP) is 'silo-host'", error.Message);
    }

    [Fact]
    public void A_silo_uses_the_membership_table_cluster_id_and_advertised_address()
    {
        var builder = Builder(DynamoDb.Append(new("Orleans:SiloPort", "12111")));
        builder.UseOrleans(silo => silo.UseConfiguredClustering());

        Assert.Equal(typeof(DynamoDbMembershipTable), builder.Services.Last(d => d.ServiceType == typeof(IMembershipTable)).ImplementationType);
        using var host = builder.Build();
        var cluster = host.Services.GetRequiredService<IOptions<ClusterOptions>>().Value;
        Assert.Equal((FaceClassifierSiloBuilderExtensions.ServiceId, "blue"), (cluster.ServiceId, cluster.ClusterId));
        var endpoints = host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
        Assert.Equal((IPAddress.Parse("10.0.0.7"), 12111), (endpoints.AdvertisedIPAddress, endpoints.SiloPort));
        var clustering = host.Services.GetRequiredService<IOptions<DynamoDbClusteringOptions>>().Value;
        Assert.Equal(("faceclassifier-membership", true), (clustering.TableName, clustering.CreateIfNotExists));
    }

    [Fact]
    public void A_client_reads_its_gateways_from_the_membership_table()
    {
        var builder = Builder(DynamoDb);
        builder.UseOrleansClient(client => client.UseConfiguredClustering());

        Assert.Equal(typeof(DynamoDbGatewayListProvider), builder.Services.Last(d => d.ServiceType == typeof(IGatewayListProvider)).ImplementationType);
        using var host = builder.Build();
        var cluster = host.Services.GetRequiredService<IOptions<ClusterOptions>>().Value;
        Assert.Equal((FaceClassifierSiloBuilderExtensions.ServiceId, "blue"), (cluster.ServiceId, cluster.ClusterId));
        Assert.Equal("faceclassifier-membership", host.Services.GetRequiredService<IOptions<DynamoDbClusteringOptions>>().Value.TableName);
    }

    [Fact]
    public void A_localhost_client_connects_to_the_configured_gateway_port()
    {
        var builder = Builder([new("Orleans:GatewayPort", "31234")]);
        builder.UseOrleansClient(client => client.UseConfiguredClustering());

        using var host = builder.Build();
        var gateways = host.Services.GetRequiredService<IOptions<StaticGatewayListProviderOptions>>().Value.Gateways;
        Assert.Equal(31234, Assert.Single(gateways).Port);
    }

    [Fact]
    public void The_options_validator_requires_a_valid_table_name()
    {
        var missing = Assert.Throws<OptionsValidationException>(() => Validate(""));
        var invalid = Assert.Throws<OptionsValidationException>(() => Validate("a table"));

        Assert.Contains("Clustering:Table, environment variable Clustering__Table", missing.Message);
        Assert.Contains("'a table' is invalid", invalid.Message);
        Validate("faceclassifier-membership.v1");
    }

    private static void Validate(string table)
    {
        var result = new DynamoDbClusteringOptionsValidator().Validate(Options.DefaultName, new DynamoDbClusteringOptions { TableName = table });
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(DynamoDbClusteringOptions), result.Failures);
        }
    }

    private static HostApplicationBuilder Builder(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }
}
