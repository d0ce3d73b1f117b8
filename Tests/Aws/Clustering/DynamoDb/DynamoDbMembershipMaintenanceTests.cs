using Amazon.DynamoDBv2.Model;
using FaceClassifier.Tests.Testing;
using static FaceClassifier.Tests.Aws.Clustering.DynamoDb.MembershipTableHarness;

namespace FaceClassifier.Tests.Aws.Clustering.DynamoDb;

/// <summary>Heartbeats, cleanup of defunct silos, deleting a cluster, and a missing table.</summary>
[Trait("Kind", "integration")]
public sealed class DynamoDbMembershipMaintenanceTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>, IDisposable
{
    private static readonly DateTime Now = new(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc);
    private readonly MembershipTableHarness _harness = new(aws);

    [Fact]
    public async Task IAmAlive_is_read_back_without_bumping_the_version_or_the_row_etag()
    {
        var table = await _harness.InitializedTableAsync();
        var entry = Entry(20001, SiloStatus.Active, iAmAlive: Now);
        Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        var before = await table.ReadAll();

        await table.UpdateIAmAlive(new MembershipEntry { SiloAddress = entry.SiloAddress, IAmAliveTime = Now.AddSeconds(30) });
        await table.UpdateIAmAlive(new MembershipEntry { SiloAddress = entry.SiloAddress, IAmAliveTime = Now.AddSeconds(10) });

        var after = await table.ReadAll();
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Members[0].Item2, after.Members[0].Item2);
        Assert.Equal(Now.AddSeconds(30), after.Members[0].Item1.IAmAliveTime);
        Assert.Equal(Now.AddSeconds(30), Assert.Single((await table.ReadRow(entry.SiloAddress)).Members).Item1.IAmAliveTime);
        entry.Status = SiloStatus.ShuttingDown;
        Assert.True(await table.UpdateRow(entry, before.Members[0].Item2, before.Version.Next()));
    }

    [Fact]
    public async Task Cleanup_removes_only_dead_entries_last_updated_before_the_date()
    {
        var table = await _harness.InitializedTableAsync();
        var deadOld = Entry(20001, SiloStatus.Dead, iAmAlive: Now.AddHours(-3));
        var deadRecent = Entry(20002, SiloStatus.Dead, iAmAlive: Now.AddMinutes(-10));
        var activeOld = Entry(20003, SiloStatus.Active, iAmAlive: Now.AddHours(-3));
        var deadRecentHeartbeat = Entry(20004, SiloStatus.Dead, iAmAlive: Now.AddHours(-3));
        var deadRecentVote = Entry(20005, SiloStatus.Dead, iAmAlive: Now.AddHours(-3));
        deadRecentVote.SuspectTimes = [Tuple.Create(activeOld.SiloAddress, Now.AddMinutes(-5))];
        foreach (var entry in new[] { deadOld, deadRecent, activeOld, deadRecentHeartbeat, deadRecentVote })
        {
            Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        }

        await table.UpdateIAmAlive(new MembershipEntry { SiloAddress = deadRecentHeartbeat.SiloAddress, IAmAliveTime = Now.AddMinutes(-5) });
        await table.UpdateIAmAlive(new MembershipEntry { SiloAddress = deadOld.SiloAddress, IAmAliveTime = Now.AddHours(-2) });
        var before = (await table.ReadAll()).Version;

        await table.CleanupDefunctSiloEntries(Now.AddHours(-1));

        var after = await table.ReadAll();
        Assert.Equal(
            new[] { deadRecent, activeOld, deadRecentHeartbeat, deadRecentVote }.Select(e => e.SiloAddress).Order(),
            after.Members.Select(m => m.Item1.SiloAddress).Order());
        Assert.Equal(before, after.Version);
        Assert.Empty(await ItemsAsync(_harness.ClusterId, $"alive#{deadOld.SiloAddress.ToParsableString()}"));
    }

    [Fact]
    public async Task Deleting_a_cluster_removes_its_items_and_leaves_other_clusters()
    {
        var table = await _harness.InitializedTableAsync();
        var other = await _harness.InitializedTableAsync($"other-{Guid.NewGuid():N}");
        var entry = Entry(20001, SiloStatus.Active);
        Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        await table.UpdateIAmAlive(entry);
        var kept = Entry(20002, SiloStatus.Active);
        Assert.True(await other.InsertRow(kept, (await other.ReadAll()).Version.Next()));

        await table.DeleteMembershipTableEntries(_harness.ClusterId);

        Assert.Empty(await ItemsAsync(_harness.ClusterId));
        var emptied = await table.ReadAll();
        Assert.Empty(emptied.Members);
        Assert.False(await table.InsertRow(Entry(20003), emptied.Version.Next()));
        AssertSameEntry(kept, Assert.Single((await other.ReadAll()).Members).Item1);
    }

    [Fact]
    public async Task A_missing_table_is_a_clear_error_naming_it_when_resources_are_not_created()
    {
        var table = _harness.NewTable(create: false);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => table.InitializeMembershipTable(true));

        Assert.Contains($"DynamoDB table '{_harness.Table}' does not exist", error.Message);
        Assert.Contains("Aws__CreateResources=true", error.Message);
    }

    private async Task<List<Dictionary<string, AttributeValue>>> ItemsAsync(string clusterId, string? sortKey = null)
    {
        var response = await _harness.Client.QueryAsync(new QueryRequest
        {
            TableName = _harness.Table,
            ConsistentRead = true,
            KeyConditionExpression = sortKey is null ? "PK = :pk" : "PK = :pk AND SK = :sk",
            ExpressionAttributeValues = sortKey is null
                ? new Dictionary<string, AttributeValue> { [":pk"] = new() { S = clusterId } }
                : new Dictionary<string, AttributeValue> { [":pk"] = new() { S = clusterId }, [":sk"] = new() { S = sortKey } },
        });
        return response.Items ?? [];
    }

    public void Dispose() => _harness.Dispose();
}
