using System.Net;
using Amazon.DynamoDBv2;
using FaceClassifier.Aws;
using FaceClassifier.Aws.Clustering.DynamoDb;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace FaceClassifier.Tests.Aws.Clustering.DynamoDb;

/// <summary>A fresh membership table and cluster id on the local DynamoDB, and silo entries to put in it.</summary>
internal sealed class MembershipTableHarness(LocalAwsServers aws) : IDisposable
{
    private static int s_generation = 1000;

    public IAmazonDynamoDB Client { get; } = AwsClientFactory.CreateDynamoDb(aws.Options);

    public string Table { get; } = $"membership-{Guid.NewGuid():N}";

    public string ClusterId { get; } = $"cluster-{Guid.NewGuid():N}";

    public DynamoDbMembershipTable NewTable(string? clusterId = null, bool create = true) => new(
        Client,
        Options.Create(new DynamoDbClusteringOptions { TableName = Table, CreateIfNotExists = create }),
        Options.Create(new ClusterOptions { ServiceId = "membership-tests", ClusterId = clusterId ?? ClusterId }),
        NullLogger<DynamoDbMembershipTable>.Instance);

    public async Task<DynamoDbMembershipTable> InitializedTableAsync(string? clusterId = null)
    {
        var table = NewTable(clusterId);
        await table.InitializeMembershipTable(true);
        return table;
    }

    /// <summary>An entry with every field set, so a round trip shows each one survives.</summary>
    public static MembershipEntry Entry(int port, SiloStatus status = SiloStatus.Joining, DateTime? iAmAlive = null, int proxyPort = -1)
    {
        var start = new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc).AddTicks(1234567);
        return new MembershipEntry
        {
            SiloAddress = SiloAddress.New(IPAddress.Loopback, port, Interlocked.Increment(ref s_generation)),
            Status = status,
            SuspectTimes = [Tuple.Create(SiloAddress.New(IPAddress.Parse("10.1.2.3"), 11111, 7), start.AddMinutes(1))],
            ProxyPort = proxyPort < 0 ? port + 10000 : proxyPort,
            HostName = "host-a",
            SiloName = $"silo-{port}",
            RoleName = "worker",
            UpdateZone = 3,
            FaultZone = 4,
            StartTime = start,
            IAmAliveTime = iAmAlive ?? start.AddMinutes(2),
        };
    }

    public static void AssertSameEntry(MembershipEntry expected, MembershipEntry actual)
    {
        Assert.Equal(expected.SiloAddress, actual.SiloAddress);
        Assert.Equal(expected.SiloAddress.Generation, actual.SiloAddress.Generation);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.SuspectTimes, actual.SuspectTimes);
        Assert.Equal(expected.ProxyPort, actual.ProxyPort);
        Assert.Equal(expected.HostName, actual.HostName);
        Assert.Equal(expected.SiloName, actual.SiloName);
        Assert.Equal(expected.RoleName, actual.RoleName);
        Assert.Equal(expected.UpdateZone, actual.UpdateZone);
        Assert.Equal(expected.FaultZone, actual.FaultZone);
        Assert.Equal(expected.StartTime, actual.StartTime);
        Assert.Equal(expected.IAmAliveTime, actual.IAmAliveTime);
    }

    public void Dispose() => Client.Dispose();
}
