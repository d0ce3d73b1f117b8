using FaceClassifier.Aws.Clustering.DynamoDb;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using static FaceClassifier.Tests.Aws.Clustering.DynamoDb.MembershipTableHarness;

namespace FaceClassifier.Tests.Aws.Clustering.DynamoDb;

/// <summary>A client's view of the cluster: the gateways of active silos only.</summary>
[Trait("Kind", "integration")]
public sealed class DynamoDbGatewayListProviderTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>, IDisposable
{
    private readonly MembershipTableHarness _harness = new(aws);

    [Fact]
    public async Task Lists_the_gateways_of_active_silos_only()
    {
        var table = await _harness.InitializedTableAsync();
        var active = Entry(20001, SiloStatus.Active, proxyPort: 30001);
        var secondActive = Entry(20002, SiloStatus.Active, proxyPort: 30002);
        var entries = new[]
        {
            active,
            secondActive,
            Entry(20003, SiloStatus.Joining, proxyPort: 30003),
            Entry(20004, SiloStatus.Dead, proxyPort: 30004),
            Entry(20005, SiloStatus.ShuttingDown, proxyPort: 30005),
            Entry(20006, SiloStatus.Active, proxyPort: 0),
        };
        foreach (var entry in entries)
        {
            Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        }

        var provider = new DynamoDbGatewayListProvider(
            _harness.Client,
            Options.Create(new DynamoDbClusteringOptions { TableName = _harness.Table }),
            Options.Create(new ClusterOptions { ClusterId = _harness.ClusterId }),
            Options.Create(new GatewayOptions { GatewayListRefreshPeriod = TimeSpan.FromSeconds(7) }));
        await provider.InitializeGatewayListProvider();

        var gateways = await provider.GetGateways();

        Assert.Equal(
            [$"gwy.tcp://127.0.0.1:30001/{active.SiloAddress.Generation}", $"gwy.tcp://127.0.0.1:30002/{secondActive.SiloAddress.Generation}"],
            gateways.Select(g => g.ToString()).Order());
        Assert.Equal(TimeSpan.FromSeconds(7), provider.MaxStaleness);
        Assert.True(provider.IsUpdatable);
    }

    [Fact]
    public async Task Lists_nothing_for_a_cluster_that_has_not_started()
    {
        await _harness.InitializedTableAsync();
        var provider = new DynamoDbGatewayListProvider(
            _harness.Client,
            Options.Create(new DynamoDbClusteringOptions { TableName = _harness.Table }),
            Options.Create(new ClusterOptions { ClusterId = $"absent-{Guid.NewGuid():N}" }),
            Options.Create(new GatewayOptions()));

        Assert.Empty(await provider.GetGateways());
    }

    public void Dispose() => _harness.Dispose();
}
