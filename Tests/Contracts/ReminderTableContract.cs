namespace FaceClassifier.Tests.Contracts;

/// <summary>
/// What every <see cref="IReminderTable"/> must do, run by each implementation (as Orleans' ReminderTableTestsBase).
/// <see cref="Table"/> opens a new instance over the same, initially empty, store on each call.
/// </summary>
public abstract class ReminderTableContract
{
    private static readonly DateTime Start = new(2030, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc);

    protected abstract IReminderTable Table();

    [Fact]
    public async Task Rows_survive_a_new_table_instance_over_the_same_store()
    {
        var grain = Grain();
        var start = new DateTime(2030, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        var etag = await Table().UpsertRow(Entry(grain, "resume", start, TimeSpan.FromMinutes(1)));

        var row = await Table().ReadRow(grain, "resume");
        Assert.NotNull(row);
        Assert.Equal((grain, "resume", start, TimeSpan.FromMinutes(1), etag), (row.GrainId, row.ReminderName, row.StartAt, row.Period, row.ETag));
        Assert.Single((await Table().ReadRows(grain)).Reminders);
    }

    [Fact]
    public async Task Upserted_rows_read_back_by_name_and_by_grain()
    {
        var (job, other) = (Grain(), Grain());
        var resume = await Table().UpsertRow(Entry(job, "resume", Start, TimeSpan.FromMinutes(1)));
        await Table().UpsertRow(Entry(job, "stall", Start, TimeSpan.FromSeconds(30)));
        await Table().UpsertRow(Entry(other, "resume", Start, TimeSpan.FromMinutes(1)));

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
            await Table().UpsertRow(Entry(grain, "resume", Start, TimeSpan.FromMinutes(1)));
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
    public async Task A_range_and_its_complement_split_the_rows()
    {
        var table = Table();
        var grains = Enumerable.Range(0, 20).Select(_ => Grain()).ToList();
        foreach (var g in grains)
        {
            await table.UpsertRow(Entry(g, "resume", DateTime.UtcNow, TimeSpan.FromMinutes(1)));
        }

        var (begin, end) = (uint.MaxValue / 4, uint.MaxValue / 4 * 3);
        var inside = (await table.ReadRows(begin, end)).Reminders.Select(r => r.GrainId).ToHashSet();
        var outside = (await table.ReadRows(end, begin)).Reminders.Select(r => r.GrainId).ToHashSet();
        Assert.Equal(grains.Where(g => g.GetUniformHashCode() > begin && g.GetUniformHashCode() <= end).ToHashSet(), inside);
        Assert.Equal(grains.ToHashSet(), inside.Union(outside).ToHashSet());
        Assert.Empty(inside.Intersect(outside));
    }

    [Fact]
    public async Task Removing_needs_the_current_etag()
    {
        var grain = Grain();
        var first = await Table().UpsertRow(Entry(grain, "resume", Start, TimeSpan.FromMinutes(1)));
        var second = await Table().UpsertRow(Entry(grain, "resume", Start, TimeSpan.FromMinutes(2)));
        Assert.NotEqual(first, second);

        Assert.False(await Table().RemoveRow(grain, "resume", first!));
        Assert.Equal(TimeSpan.FromMinutes(2), (await Table().ReadRow(grain, "resume"))!.Period);
        Assert.True(await Table().RemoveRow(grain, "resume", second!));
        Assert.False(await Table().RemoveRow(grain, "resume", second!));
        Assert.Null(await Table().ReadRow(grain, "resume"));
    }

    [Fact]
    public async Task Clearing_the_table_removes_every_row()
    {
        await Table().UpsertRow(Entry(Grain(), "a", Start, TimeSpan.FromMinutes(1)));
        await Table().UpsertRow(Entry(Grain(), "b", Start, TimeSpan.FromMinutes(1)));

        await Table().TestOnlyClearTable();

        Assert.Empty((await Table().ReadRows(0u, 0u)).Reminders);
    }

    protected static GrainId Grain() => GrainId.Create("classificationjob", Guid.NewGuid().ToString("N"));

    protected static ReminderEntry Entry(GrainId grain, string name, DateTime start, TimeSpan period, string? etag = null) =>
        new() { GrainId = grain, ReminderName = name, StartAt = start, Period = period, ETag = etag };

    /// <summary>The contract of IReminderTable.ReadRows(begin, end), written out independently of the implementations.</summary>
    private static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? begin < hash && hash <= end : begin < hash || hash <= end;
}
