using Amazon.DynamoDBv2;
using FaceClassifier.Aws;
using FaceClassifier.Aws.DeadLetters.DynamoDb;
using FaceClassifier.Aws.Persistence.DynamoDb;
using FaceClassifier.Aws.Reminders.DynamoDb;
using FaceClassifier.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Persistence;

/// <summary>The DynamoDB reminder table against dynalite, one fresh table per test.</summary>
public sealed class DynamoDbReminderTableTests(LocalAwsServers aws) : IClassFixture<LocalAwsServers>, IAsyncLifetime
{
    private static readonly DateTime Start = new(2030, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc);
    private readonly IAmazonDynamoDB _dynamoDb = AwsClientFactory.CreateDynamoDb(aws.Options);
    private readonly string _tableName = $"reminders-{Guid.NewGuid():N}";

    public Task InitializeAsync() => Table().StartAsync();

    public Task DisposeAsync()
    {
        _dynamoDb.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Upserted_rows_read_back_by_name_and_by_grain()
    {
        var (job, other) = (Grain(), Grain());
        var resume = await Table().UpsertRow(Entry(job, "resume", TimeSpan.FromMinutes(1)));
        await Table().UpsertRow(Entry(job, "stall", TimeSpan.FromSeconds(30)));
        await Table().UpsertRow(Entry(other, "resume", TimeSpan.FromMinutes(1)));

        var row = await Table().ReadRow(job, "resume");
        Assert.NotNull(row);
        Assert.Equal((job, "resume", Start, DateTimeKind.Utc, TimeSpan.FromMinutes(1), resume), (row.GrainId, row.ReminderName, row.StartAt, row.StartAt.Kind, row.Period, row.ETag));
        Assert.Equal(["resume", "stall"], (await Table().ReadRows(job)).Reminders.Select(r => r.ReminderName).Order());
        Assert.Null(await Table().ReadRow(job, "absent"));
        Assert.Empty((await Table().ReadRows(Grain())).Reminders);
    }

    [Fact]
    public async Task Range_reads_return_exactly_the_rows_whose_hash_is_in_the_ring_range()
    {
        var grains = Enumerable.Range(0, 24).Select(_ => Grain()).ToList();
        foreach (var grain in grains)
        {
            await Table().UpsertRow(Entry(grain, "resume", TimeSpan.FromMinutes(1)));
        }

        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToList();
        foreach (var (begin, end) in new[] { (hashes[4], hashes[15]), (hashes[18], hashes[5]), (hashes[7], hashes[7]), (0u, uint.MaxValue) })
        {
            var expected = grains.Where(g => InRange(g.GetUniformHashCode(), begin, end)).Select(g => g.ToString()).Order();
            var actual = (await Table().ReadRows(begin, end)).Reminders.Select(r => r.GrainId.ToString()).Order();
            Assert.Equal(expected, actual);
        }

        Assert.Equal(11, (await Table().ReadRows(hashes[4], hashes[15])).Reminders.Count);
        Assert.Equal(11, (await Table().ReadRows(hashes[18], hashes[5])).Reminders.Count);
        Assert.Equal(24, (await Table().ReadRows(hashes[7], hashes[7])).Reminders.Count);
    }

    [Fact]
    public async Task Removing_needs_the_current_etag()
    {
        var grain = Grain();
        var first = await Table().UpsertRow(Entry(grain, "resume", TimeSpan.FromMinutes(1)));
        var second = await Table().UpsertRow(Entry(grain, "resume", TimeSpan.FromMinutes(2)));
        Assert.NotEqual(first, second);

        Assert.False(await Table().RemoveRow(grain, "resume", first!));
        Assert.Equal(TimeSpan.FromMinutes(2), (await Table().ReadRow(grain, "resume"))!.Period);
        Assert.True(await Table().RemoveRow(grain, "resume", second!));
        Assert.False(await Table().RemoveRow(grain, "resume", second!));
        Assert.Null(await Table().ReadRow(grain, "resume"));
    }

    [Fact]
    public async Task An_upsert_carrying_a_stale_etag_is_refused_and_one_without_an_etag_replaces()
    {
        var grain = Grain();
        var first = await Table().UpsertRow(Entry(grain, "resume", TimeSpan.FromMinutes(1)));
        var current = await Table().UpsertRow(Entry(grain, "resume", TimeSpan.FromMinutes(2), etag: first));

        Assert.Null(await Table().UpsertRow(Entry(grain, "resume", TimeSpan.FromMinutes(3), etag: first)));
        Assert.Equal((TimeSpan.FromMinutes(2), current), ((await Table().ReadRow(grain, "resume"))!.Period, (await Table().ReadRow(grain, "resume"))!.ETag));
        var replaced = await Table().UpsertRow(Entry(grain, "resume", TimeSpan.FromMinutes(4)));
        Assert.Equal((TimeSpan.FromMinutes(4), replaced), ((await Table().ReadRow(grain, "resume"))!.Period, (await Table().ReadRow(grain, "resume"))!.ETag));
    }

    [Fact]
    public async Task Clearing_the_table_removes_every_row()
    {
        await Table().UpsertRow(Entry(Grain(), "a", TimeSpan.FromMinutes(1)));
        await Table().UpsertRow(Entry(Grain(), "b", TimeSpan.FromMinutes(1)));

        await Table().TestOnlyClearTable();

        Assert.Empty((await Table().ReadRows(0u, 0u)).Reminders);
    }

    private DynamoDbReminderTable Table() =>
        new(_dynamoDb, Options.Create(new DynamoDbReminderTableOptions { TableName = _tableName, CreateIfNotExists = true }));

    private static GrainId Grain() => GrainId.Create("classificationjob", Guid.NewGuid().ToString("N"));

    private static ReminderEntry Entry(GrainId grain, string name, TimeSpan period, string? etag = null) =>
        new() { GrainId = grain, ReminderName = name, StartAt = Start, Period = period, ETag = etag };

    /// <summary>The contract of IReminderTable.ReadRows(begin, end), written out independently of the implementation.</summary>
    private static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? begin < hash && hash <= end : begin < hash || hash <= end;
}
