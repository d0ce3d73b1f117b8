using System.Collections.Immutable;
using System.Net;
using FaceClassifier.Metrics;

namespace FaceClassifier.Tests.Grains.Metrics;

/// <summary>Active silos are counted from the membership snapshot; the oldest active one is the single publisher.</summary>
[Trait("Kind", "unit")]
public sealed class ClusterSilosTests
{
    private static readonly SiloAddress Old = Silo(11111, generation: 50);
    private static readonly SiloAddress Middle = Silo(11112, generation: 70);
    private static readonly SiloAddress Young = Silo(11113, generation: 100);
    private static readonly SiloAddress Twin = Silo(11114, generation: 70);

    [Fact]
    public void Dead_and_joining_silos_are_not_counted_and_the_oldest_active_one_publishes()
    {
        var membership = new FixedMembership(
            (Old, SiloStatus.Dead), (Middle, SiloStatus.Active), (Young, SiloStatus.Active), (Silo(11115, 10), SiloStatus.Joining));

        Assert.Equal(2, new OrleansClusterSilos(membership, new LocalSilo(Middle)).ActiveCount);
        Assert.True(new OrleansClusterSilos(membership, new LocalSilo(Middle)).LocalIsOldestActive);
        Assert.False(new OrleansClusterSilos(membership, new LocalSilo(Young)).LocalIsOldestActive);
    }

    [Fact]
    public void Silos_started_in_the_same_second_agree_on_one_of_them()
    {
        var membership = new FixedMembership((Twin, SiloStatus.Active), (Middle, SiloStatus.Active));

        Assert.True(new OrleansClusterSilos(membership, new LocalSilo(Middle)).LocalIsOldestActive);
        Assert.False(new OrleansClusterSilos(membership, new LocalSilo(Twin)).LocalIsOldestActive);
    }

    private static SiloAddress Silo(int port, int generation) => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), generation);

    private sealed class FixedMembership(params (SiloAddress Silo, SiloStatus Status)[] members) : IClusterMembershipService
    {
        public ClusterMembershipSnapshot CurrentSnapshot { get; } = new(
            members.ToImmutableDictionary(m => m.Silo, m => new ClusterMember(m.Silo, m.Status, $"silo-{m.Silo.Endpoint.Port}")),
            new MembershipVersion(1));

        public IAsyncEnumerable<ClusterMembershipSnapshot> MembershipUpdates => throw new NotSupportedException();

        public ValueTask Refresh(MembershipVersion minimumVersion = default, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public Task<bool> TryKill(SiloAddress siloAddress) => throw new NotSupportedException();
    }

    private sealed class LocalSilo(SiloAddress address) : ILocalSiloDetails
    {
        public string Name => "local";

        public string ClusterId => "test";

        public string DnsHostName => "localhost";

        public SiloAddress SiloAddress => address;

        public SiloAddress GatewayAddress => address;
    }
}
