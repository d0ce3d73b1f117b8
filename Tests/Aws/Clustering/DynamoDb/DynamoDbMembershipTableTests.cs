using Amazon.DynamoDBv2;
using FaceClassifier.Tests.Testing;
using static FaceClassifier.Tests.Aws.Clustering.DynamoDb.MembershipTableHarness;

namespace FaceClassifier.Tests.Aws.Clustering.DynamoDb;

/// <summary>The membership table's versioned writes: the guarantees Orleans' membership protocol relies on.</summary>
[Trait("Kind", "integration")]
public sealed class DynamoDbMembershipTableTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>, IDisposable
{
    private readonly MembershipTableHarness _harness = new(aws);

    [Fact]
    public async Task Initialize_creates_the_table_and_version_zero_once()
    {
        var table = await _harness.InitializedTableAsync();

        var description = (await _harness.Client.DescribeTableAsync(_harness.Table)).Table;
        Assert.Equal(["PK:HASH", "SK:RANGE"], description.KeySchema.Select(k => $"{k.AttributeName}:{k.KeyType}"));
        Assert.Equal(BillingMode.PAY_PER_REQUEST, description.BillingModeSummary.BillingMode);
        var first = await table.ReadAll();
        Assert.Equal(0, first.Version.Version);
        Assert.NotEmpty(first.Version.VersionEtag);
        Assert.Empty(first.Members);

        await (await _harness.InitializedTableAsync()).ReadAll();
        Assert.Equal(first.Version, (await table.ReadAll()).Version);
    }

    [Fact]
    public async Task Insert_with_the_next_version_succeeds_and_bumps_the_version()
    {
        var table = await _harness.InitializedTableAsync();
        var before = (await table.ReadAll()).Version;
        var entry = Entry(20001);

        Assert.True(await table.InsertRow(entry, before.Next()));

        var after = await table.ReadAll();
        Assert.Equal(1, after.Version.Version);
        Assert.NotEqual(before.VersionEtag, after.Version.VersionEtag);
        var (stored, etag) = Assert.Single(after.Members);
        AssertSameEntry(entry, stored);
        Assert.NotEmpty(etag);
        var row = await table.ReadRow(entry.SiloAddress);
        Assert.Equal(after.Version, row.Version);
        AssertSameEntry(entry, Assert.Single(row.Members).Item1);
        Assert.Equal(etag, row.Members[0].Item2);
    }

    [Fact]
    public async Task Insert_with_a_stale_table_version_is_rejected_and_changes_nothing()
    {
        var table = await _harness.InitializedTableAsync();
        var stale = (await table.ReadAll()).Version;
        var first = Entry(20001);
        Assert.True(await table.InsertRow(first, stale.Next()));
        var current = (await table.ReadAll()).Version;

        Assert.False(await table.InsertRow(Entry(20002), stale.Next()));
        Assert.False(await table.InsertRow(Entry(20002), new TableVersion(current.Version + 2, current.VersionEtag)));
        Assert.False(await table.InsertRow(Entry(20002), new TableVersion(current.Version + 1, "not-the-etag")));
        Assert.False(await table.InsertRow(first, current.Next()));

        var after = await table.ReadAll();
        Assert.Equal(current, after.Version);
        AssertSameEntry(first, Assert.Single(after.Members).Item1);
    }

    [Fact]
    public async Task Update_with_a_stale_table_version_is_rejected_and_changes_nothing()
    {
        var table = await _harness.InitializedTableAsync();
        var stale = (await table.ReadAll()).Version;
        var entry = Entry(20001);
        Assert.True(await table.InsertRow(entry, stale.Next()));
        var read = await table.ReadAll();
        var etag = read.Members[0].Item2;

        entry.Status = SiloStatus.Active;
        Assert.False(await table.UpdateRow(entry, etag, stale.Next()));

        var after = await table.ReadAll();
        Assert.Equal(read.Version, after.Version);
        Assert.Equal(SiloStatus.Joining, after.Members[0].Item1.Status);
        Assert.Equal(etag, after.Members[0].Item2);
    }

    [Fact]
    public async Task Update_with_a_stale_row_etag_is_rejected_and_a_missing_row_cannot_be_updated()
    {
        var table = await _harness.InitializedTableAsync();
        var entry = Entry(20001);
        Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        var first = await table.ReadAll();
        var staleEtag = first.Members[0].Item2;
        entry.Status = SiloStatus.Active;
        Assert.True(await table.UpdateRow(entry, staleEtag, first.Version.Next()));
        var second = await table.ReadAll();
        Assert.NotEqual(staleEtag, second.Members[0].Item2);

        entry.Status = SiloStatus.Dead;
        Assert.False(await table.UpdateRow(entry, staleEtag, second.Version.Next()));
        Assert.False(await table.UpdateRow(Entry(20002), second.Members[0].Item2, second.Version.Next()));

        var after = await table.ReadAll();
        Assert.Equal(second.Version, after.Version);
        Assert.Equal(2, after.Version.Version);
        Assert.Equal(SiloStatus.Active, Assert.Single(after.Members).Item1.Status);
    }

    [Fact]
    public async Task Silos_racing_to_insert_with_the_same_version_let_exactly_one_win()
    {
        var table = await _harness.InitializedTableAsync();
        var version = (await table.ReadAll()).Version.Next();
        var racers = Enumerable.Range(0, 8).Select(i => Entry(21000 + i)).ToList();

        var results = await Task.WhenAll(racers.Select(async entry => (entry, won: await _harness.NewTable().InsertRow(entry, version))));

        var winner = Assert.Single(results, r => r.won).entry;
        var after = await table.ReadAll();
        Assert.Equal(1, after.Version.Version);
        AssertSameEntry(winner, Assert.Single(after.Members).Item1);
    }

    public void Dispose() => _harness.Dispose();
}
