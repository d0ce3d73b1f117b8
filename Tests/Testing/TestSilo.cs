using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace FaceClassifier.Tests.Testing;

/// <summary>
/// One in-process silo on ports TestingHost allocates free, its host configuration from <c>settings</c>: the set-up every
/// cluster the tests start shares.
/// </summary>
public static class TestSilo
{
    public static async Task<InProcessTestCluster> StartAsync(
        string serviceId, IEnumerable<KeyValuePair<string, string?>> settings, Action<ISiloBuilder> configure)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = serviceId;
        builder.ConfigureSiloHost((_, host) => host.Configuration.AddInMemoryCollection(settings));
        builder.ConfigureSilo((_, silo) => configure(silo));
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }
}
