using FaceClassifier.Jobs;
using FaceClassifier.Jobs.Index;

namespace FaceClassifier.Tests.Contracts;

/// <summary>
/// What every <see cref="IJobIndex"/> must do, run by each implementation. <see cref="Index"/> opens a new instance over
/// the same, initially empty, index on each call.
/// </summary>
public abstract class JobIndexContract
{
    private static readonly DateTimeOffset Noon = new(2030, 5, 6, 12, 0, 0, TimeSpan.FromHours(2));

    protected abstract IJobIndex Index();

    [Fact]
    public async Task A_put_entry_reads_back_equal_and_a_put_replaces_it()
    {
        var processing = Entry("Zoë Ångström", Noon);
        await Index().PutAsync(processing);
        AssertSame(processing, Assert.Single((await Index().ReadPageAsync(10, null)).Jobs));

        var completed = processing with
        {
            Status = JobStatus.Completed,
            CompletedAt = Noon.AddSeconds(41).ToOffset(TimeSpan.FromHours(-5)),
            People = ["Grace Hopper", "Ada Lovelace", "名前"],
        };
        await Index().PutAsync(completed);

        var page = await Index().ReadPageAsync(10, null);
        AssertSame(completed, Assert.Single(page.Jobs));
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task Pages_go_newest_first_and_every_entry_is_returned_exactly_once()
    {
        // Two jobs in the same tick are told apart by their ids.
        var entries = Enumerable.Range(0, 7).Select(i => Entry($"Job {i}", Noon.AddMinutes(i % 6))).ToList();
        foreach (var entry in entries.OrderBy(_ => Random.Shared.Next()))
        {
            await Index().PutAsync(entry);
        }

        var pages = await ReadAllAsync(limit: 3);

        Assert.Equal([3, 3, 1], pages.Select(p => p.Jobs.Count));
        Assert.All(pages.Take(pages.Count - 1), p => Assert.Equal(p.Jobs[^1].Position, p.Next));
        Assert.Null(pages[^1].Next);
        var read = pages.SelectMany(p => p.Jobs).ToList();
        var expected = entries.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.JobId.ToString("N"), StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(e => e.JobId), read.Select(e => e.JobId));
        foreach (var (want, got) in expected.Zip(read))
        {
            AssertSame(want, got);
        }
    }

    [Fact]
    public async Task A_page_that_ends_exactly_at_the_last_entry_has_no_next()
    {
        await Index().PutAsync(Entry("Older", Noon));
        await Index().PutAsync(Entry("Newer", Noon.AddSeconds(1)));

        var page = await Index().ReadPageAsync(2, null);

        Assert.Equal(["Newer", "Older"], page.Jobs.Select(j => j.Name));
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task Deleting_removes_an_entry_leaves_the_others_and_is_no_error_twice()
    {
        var (gone, kept) = (Entry("Gone", Noon), Entry("Kept", Noon.AddHours(1)));
        await Index().PutAsync(gone);
        await Index().PutAsync(kept);

        await Index().DeleteAsync(gone.Position);
        await Index().DeleteAsync(gone.Position);
        await Index().DeleteAsync(new JobIndexPosition(Noon.UtcTicks, Guid.NewGuid()));

        AssertSame(kept, Assert.Single((await Index().ReadPageAsync(10, null)).Jobs));
    }

    [Fact]
    public async Task An_empty_index_reads_as_one_empty_last_page_from_anywhere()
    {
        Assert.Equal((0, null), Shape(await Index().ReadPageAsync(5, null)));
        Assert.Equal((0, null), Shape(await Index().ReadPageAsync(5, new JobIndexPosition(Noon.UtcTicks, Guid.NewGuid()))));
        await Index().DeleteAsync(new JobIndexPosition(Noon.UtcTicks, Guid.NewGuid()));
    }

    [Fact]
    public async Task A_page_after_a_deleted_entry_goes_on_from_where_it_was()
    {
        var entries = Enumerable.Range(0, 4).Select(i => Entry($"Job {i}", Noon.AddMinutes(i))).ToList();
        foreach (var entry in entries)
        {
            await Index().PutAsync(entry);
        }

        var first = await Index().ReadPageAsync(2, null);
        await Index().DeleteAsync(first.Jobs[^1].Position);
        var second = await Index().ReadPageAsync(2, first.Next);

        Assert.Equal(["Job 3", "Job 2"], first.Jobs.Select(j => j.Name));
        Assert.Equal(["Job 1", "Job 0"], second.Jobs.Select(j => j.Name));
        Assert.Null(second.Next);
    }

    [Fact]
    public async Task A_page_after_a_position_no_entry_has_starts_at_the_next_older_entry()
    {
        // The retention sweep starts at (cutoff ticks, empty id): every entry created before the cutoff, none at or after it.
        var entries = Enumerable.Range(0, 4).Select(i => Entry($"Job {i}", Noon.AddMinutes(i))).ToList();
        foreach (var entry in entries)
        {
            await Index().PutAsync(entry);
        }

        var page = await Index().ReadPageAsync(10, new JobIndexPosition(entries[2].CreatedAt.UtcTicks, Guid.Empty));

        Assert.Equal(["Job 1", "Job 0"], page.Jobs.Select(j => j.Name));
        Assert.Null(page.Next);
    }

    private async Task<List<JobIndexPage>> ReadAllAsync(int limit)
    {
        var pages = new List<JobIndexPage>();
        JobIndexPosition? after = null;
        do
        {
            var page = await Index().ReadPageAsync(limit, after);
            Assert.InRange(page.Jobs.Count, 0, limit);
            pages.Add(page);
            after = page.Next;
        }
        while (after is not null && pages.Count <= 100);

        return pages;
    }

    private static (int, JobIndexPosition?) Shape(JobIndexPage page) => (page.Jobs.Count, page.Next);

    private static void AssertSame(JobIndexEntry expected, JobIndexEntry actual)
    {
        Assert.Equal(
            (expected.JobId, expected.Name, expected.Status, expected.CreatedAt, expected.CreatedAt.Offset, expected.CompletedAt, expected.CompletedAt?.Offset),
            (actual.JobId, actual.Name, actual.Status, actual.CreatedAt, actual.CreatedAt.Offset, actual.CompletedAt, actual.CompletedAt?.Offset));
        Assert.Equal(expected.People, actual.People);
    }

    private static JobIndexEntry Entry(string name, DateTimeOffset createdAt) =>
        new(Guid.NewGuid(), name, JobStatus.Processing, createdAt.AddTicks(1_234_567), null, []);
}
