using FaceClassifier.Blobs.Local;
using FaceClassifier.Persistence.Files;
using FaceClassifier.Reminders.Files;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace FaceClassifier.Tests.Service.Storage;

[Trait("Kind", "unit")]
public sealed class FileReminderTableTests : IDisposable
{
    private readonly string _root = TestAssets.TempDirectory();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Rows_survive_a_new_table_instance_over_the_same_folder()
    {
        var grain = GrainId.Create("classificationjob", Guid.NewGuid().ToString("N"));
        var start = new DateTime(2030, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        var etag = await Create().UpsertRow(Entry(grain, "resume", start));

        var row = await Create().ReadRow(grain, "resume");
        Assert.NotNull(row);
        Assert.Equal((grain, "resume", start, TimeSpan.FromMinutes(1), etag), (row.GrainId, row.ReminderName, row.StartAt, row.Period, row.ETag));
        Assert.Single((await Create().ReadRows(grain)).Reminders);
    }

    [Fact]
    public async Task Remove_needs_the_current_etag()
    {
        var table = Create();
        var grain = GrainId.Create("classificationjob", "x");
        var first = await table.UpsertRow(Entry(grain, "resume", DateTime.UtcNow));
        var second = await table.UpsertRow(Entry(grain, "resume", DateTime.UtcNow));
        Assert.NotEqual(first, second);

        Assert.False(await table.RemoveRow(grain, "resume", first!));
        Assert.True(await table.RemoveRow(grain, "resume", second!));
        Assert.False(await table.RemoveRow(grain, "resume", second!));
        Assert.Null(await Create().ReadRow(grain, "resume"));
    }

    [Theory]
    [InlineData(10u, 10u, 20u, false)]
    [InlineData(11u, 10u, 20u, true)]
    [InlineData(20u, 10u, 20u, true)]
    [InlineData(21u, 10u, 20u, false)]
    [InlineData(5u, 20u, 10u, true)]
    [InlineData(25u, 20u, 10u, true)]
    [InlineData(15u, 20u, 10u, false)]
    [InlineData(7u, 7u, 7u, true)]
    public void Ring_ranges_exclude_begin_include_end_and_wrap(uint hash, uint begin, uint end, bool inside) =>
        Assert.Equal(inside, FileReminderTable.InRange(hash, begin, end));

    [Fact]
    public async Task Range_reads_return_exactly_the_rows_whose_hash_is_inside()
    {
        var table = Create();
        var grains = Enumerable.Range(0, 20).Select(i => GrainId.Create("classificationjob", $"g{i}")).ToList();
        foreach (var g in grains)
        {
            await table.UpsertRow(Entry(g, "resume", DateTime.UtcNow));
        }

        var (begin, end) = (uint.MaxValue / 4, uint.MaxValue / 4 * 3);
        var inside = (await table.ReadRows(begin, end)).Reminders.Select(r => r.GrainId).ToHashSet();
        var outside = (await table.ReadRows(end, begin)).Reminders.Select(r => r.GrainId).ToHashSet();
        Assert.Equal(grains.Where(g => g.GetUniformHashCode() > begin && g.GetUniformHashCode() <= end).ToHashSet(), inside);
        Assert.Equal(grains.ToHashSet(), inside.Union(outside).ToHashSet());
        Assert.Empty(inside.Intersect(outside));
    }

    private FileReminderTable Create() => new(
        new DataDirectory(_root),
        Options.Create(new ClusterOptions { ServiceId = "tests" }),
        NullLogger<FileReminderTable>.Instance);

    private static ReminderEntry Entry(GrainId grain, string name, DateTime start) => new()
    {
        GrainId = grain,
        ReminderName = name,
        StartAt = start,
        Period = TimeSpan.FromMinutes(1),
    };
}
