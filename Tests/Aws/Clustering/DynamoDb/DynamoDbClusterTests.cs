using System.Net;
using FaceClassifier.Aws.Clustering.DynamoDb;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace FaceClassifier.Tests.Aws.Clustering.DynamoDb;

/// <summary>Real Orleans silos and a client finding each other through the DynamoDB membership table.</summary>
[Trait("Kind", "integration")]
public sealed class DynamoDbClusterTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>, IDisposable
{
    private readonly MembershipTableHarness _harness = new(aws);
    private readonly string _serviceId = $"service-{Guid.NewGuid():N}";

    [Fact]
    public async Task Two_silos_form_one_cluster_a_client_calls_it_and_a_stopped_silo_is_marked_dead()
    {
        var (firstPort, secondPort) = (FreePort.Next(), FreePort.Next());
        using var first = Silo(firstPort);
        using var second = Silo(secondPort);
        // Much of a host's start is synchronous: start both on the pool so they race to join.
        await Task.WhenAll(Task.Run(() => first.StartAsync()), Task.Run(() => second.StartAsync())).WaitAsync(Poll.DefaultTimeout);

        var management = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        await Poll.UntilAsync(async () => (await management.GetHosts(onlyActive: true)).Count == 2 ? "" : null, "two active silos");

        using var client = Client();
        await client.StartAsync().WaitAsync(Poll.DefaultTimeout);
        var hosts = await client.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Equal(new[] { firstPort, secondPort }.Order(), hosts.Keys.Select(s => s.Endpoint.Port).Order());
        Assert.All(hosts.Values, status => Assert.Equal(SiloStatus.Active, status));

        await second.StopAsync().WaitAsync(Poll.DefaultTimeout);

        var table = _harness.NewTable();
        var stopped = await Poll.UntilAsync(
            async () => (await table.ReadAll()).Members.Select(m => m.Item1).FirstOrDefault(e => e.SiloAddress.Endpoint.Port == secondPort && e.Status == SiloStatus.Dead),
            "the stopped silo marked Dead");
        Assert.Equal(SiloStatus.Dead, stopped.Status);
        var survivor = Assert.Single((await table.ReadAll()).Members, m => m.Item1.SiloAddress.Endpoint.Port == firstPort).Item1;
        Assert.Equal(SiloStatus.Active, survivor.Status);
        await client.StopAsync().WaitAsync(Poll.DefaultTimeout);
        await first.StopAsync().WaitAsync(Poll.DefaultTimeout);
    }

    private IHost Silo(int siloPort)
    {
        var builder = Host.CreateApplicationBuilder();
        Configure(builder);
        builder.UseOrleans(silo => silo
            .UseDynamoDbClustering(options => options.Configure(clustering => clustering.TableName = _harness.Table))
            .Configure<ClusterOptions>(cluster => (cluster.ServiceId, cluster.ClusterId) = (_serviceId, _harness.ClusterId))
            .Configure<EndpointOptions>(endpoints =>
            {
                endpoints.AdvertisedIPAddress = IPAddress.Loopback;
                endpoints.SiloPort = siloPort;
                endpoints.GatewayPort = FreePort.Next();
            })
            .Configure<ClusterMembershipOptions>(membership =>
            {
                // Short periods so joining, refreshing and leaving take seconds, not minutes.
                membership.TableRefreshTimeout = TimeSpan.FromSeconds(1);
                membership.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
                membership.ProbeTimeout = TimeSpan.FromSeconds(2);
            }));
        return builder.Build();
    }

    private IHost Client()
    {
        var builder = Host.CreateApplicationBuilder();
        Configure(builder);
        builder.UseOrleansClient(client => client
            .UseDynamoDbClustering(options => options.Configure(clustering => clustering.TableName = _harness.Table))
            .Configure<ClusterOptions>(cluster => (cluster.ServiceId, cluster.ClusterId) = (_serviceId, _harness.ClusterId)));
        return builder.Build();
    }

    private void Configure(HostApplicationBuilder builder)
    {
        builder.Configuration.AddInMemoryCollection(aws.Settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
    }

    public void Dispose() => _harness.Dispose();
}
