using FaceClassifier.Gallery.Storage;

namespace FaceClassifier.Tests.Contracts;

/// <summary>
/// What every <see cref="IGalleryStore"/> must do, run by each implementation. <see cref="Store"/> opens a new instance
/// over the same, initially empty, store on each call, paging <see cref="PageSize"/> people at a time.
/// </summary>
public abstract class GalleryStoreContract
{
    /// <summary>The page size implementations open their store with: small, so a few people span several pages.</summary>
    protected const int PageSize = 3;

    private static readonly DateTimeOffset Noon = new(2030, 5, 6, 12, 0, 0, TimeSpan.FromHours(2));

    protected abstract IGalleryStore Store();

    /// <summary>The size of the person's stored record as its store counts it (file length, item size), or null when there is none.</summary>
    protected abstract Task<long?> StoredBytesAsync(int shard, string personId);

    [Fact]
    public async Task A_put_person_reads_back_equal_and_a_put_replaces_it()
    {
        var ann = Person("Zoë Ångström-Ann", photos: 3, thumbnail: "frames/job-1/00000042.jpg");
        var bare = Person("Bare", photos: 0);
        await PutAsync(7, ann);
        await PutAsync(7, bare);

        AssertSame(ann, await Store().GetAsync(7, ann.PersonId));
        AssertSame(bare, await Store().GetAsync(7, bare.PersonId));
        Assert.Null(await Store().GetAsync(7, Id()));
        Assert.Null(await Store().GetAsync(8, ann.PersonId));

        var renamed = Person("Ann Other", photos: 1) with { PersonId = ann.PersonId, CreatedAt = ann.CreatedAt, UpdatedAt = Noon.AddDays(2).ToOffset(TimeSpan.FromHours(-5)) };
        await PutAsync(7, renamed);
        AssertSame(renamed, await Store().GetAsync(7, ann.PersonId));
    }

    [Fact]
    public async Task Deleting_removes_a_person_once_and_leaves_the_others()
    {
        var (gone, kept) = (Person("Gone", photos: 2), Person("Kept", photos: 2));
        await PutAsync(3, gone);
        await PutAsync(3, kept);

        Assert.True(await Store().DeleteAsync(3, gone.PersonId));
        Assert.False(await Store().DeleteAsync(3, gone.PersonId));
        Assert.False(await Store().DeleteAsync(4, kept.PersonId));

        Assert.Null(await Store().GetAsync(3, gone.PersonId));
        Assert.Null(await StoredBytesAsync(3, gone.PersonId));
        AssertSame(kept, Assert.Single((await ReadAllAsync(3)).SelectMany(p => p.People)));
    }

    [Fact]
    public async Task Paging_returns_every_person_of_the_shard_exactly_once()
    {
        var people = Enumerable.Range(0, 10).Select(i => Person($"Person {i}", photos: 1 + (i % 3))).ToList();
        foreach (var person in people)
        {
            await PutAsync(5, person);
        }

        await PutAsync(6, Person("Other shard", photos: 1));

        var pages = await ReadAllAsync(5);

        Assert.Equal([3, 3, 3, 1], pages.Select(p => p.People.Count));
        Assert.All(pages.Take(pages.Count - 1), p => Assert.NotNull(p.Continuation));
        Assert.Null(pages[^1].Continuation);
        var read = pages.SelectMany(p => p.People).ToList();
        Assert.Equal(people.Select(p => p.PersonId).Order(StringComparer.Ordinal), read.Select(p => p.PersonId).Order(StringComparer.Ordinal));
        foreach (var person in people)
        {
            AssertSame(person, read.Single(p => p.PersonId == person.PersonId));
        }
    }

    [Fact]
    public async Task A_shard_without_people_reads_as_one_empty_last_page()
    {
        await PutAsync(1, Person("Elsewhere", photos: 1));

        var page = await Store().ReadPageAsync(2, continuation: null);

        Assert.Equal((0, null), (page.People.Count, page.Continuation));
    }

    [Fact]
    public async Task A_record_over_the_limit_is_refused_and_nothing_is_written()
    {
        var kept = Person("Kept", photos: 2);
        await PutAsync(9, kept);
        // 100 photos of 256 floats are 102,400 bytes of descriptors alone.
        var tooLarge = Person("Too large", photos: GalleryRecords.MaxDescriptorsPerPerson, dimension: 256);
        var tooLargeReplacement = tooLarge with { PersonId = kept.PersonId };

        var error = await Assert.ThrowsAsync<GalleryRecordTooLargeException>(() => Store().PutAsync(9, tooLarge));
        await Assert.ThrowsAsync<GalleryRecordTooLargeException>(() => Store().PutAsync(9, tooLargeReplacement));

        Assert.InRange(error.Bytes, GalleryRecords.MaxBytes + 1, long.MaxValue);
        Assert.Null(await Store().GetAsync(9, tooLarge.PersonId));
        Assert.Null(await StoredBytesAsync(9, tooLarge.PersonId));
        AssertSame(kept, await Store().GetAsync(9, kept.PersonId));
        Assert.Equal([kept.PersonId], (await ReadAllAsync(9)).SelectMany(p => p.People).Select(p => p.PersonId));
    }

    [Fact]
    public async Task A_person_of_100_photos_and_a_200_character_name_fits_within_the_limit()
    {
        var name = string.Concat(Enumerable.Repeat("Łukasz 名前 ", 20))[..200];
        var full = Person(name, photos: GalleryRecords.MaxDescriptorsPerPerson, thumbnail: $"gallery/thumbnails/{Guid.NewGuid():N}.jpg");

        await PutAsync(0, full);

        Assert.Equal(200, name.Length);
        AssertSame(full, await Store().GetAsync(0, full.PersonId));
        AssertSame(full, Assert.Single((await ReadAllAsync(0)).SelectMany(p => p.People)));
    }

    /// <summary>Puts the person and checks the record the store kept is within the limit.</summary>
    private async Task PutAsync(int shard, StoredPerson person)
    {
        await Store().PutAsync(shard, person);
        var bytes = await StoredBytesAsync(shard, person.PersonId);
        Assert.InRange(bytes ?? -1, 1, GalleryRecords.MaxBytes);
    }

    private async Task<List<GalleryPage>> ReadAllAsync(int shard)
    {
        var pages = new List<GalleryPage>();
        string? continuation = null;
        do
        {
            var page = await Store().ReadPageAsync(shard, continuation);
            Assert.InRange(page.People.Count, 0, PageSize);
            pages.Add(page);
            continuation = page.Continuation;
        }
        while (continuation is not null && pages.Count <= 100);

        return pages;
    }

    private static void AssertSame(StoredPerson expected, StoredPerson? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(
            (expected.PersonId, expected.Name, expected.CreatedAt, expected.CreatedAt.Offset, expected.UpdatedAt, expected.UpdatedAt.Offset, expected.ThumbnailKey),
            (actual.PersonId, actual.Name, actual.CreatedAt, actual.CreatedAt.Offset, actual.UpdatedAt, actual.UpdatedAt.Offset, actual.ThumbnailKey));
        Assert.Equal(expected.Descriptors, actual.Descriptors);
    }

    private static string Id() => Guid.NewGuid().ToString("N");

    private static StoredPerson Person(string name, int photos, int dimension = 128, string? thumbnail = null)
    {
        var descriptors = Enumerable.Range(0, photos)
            .Select(_ => Enumerable.Range(0, dimension).Select(_ => (Random.Shared.NextSingle() - 0.5f) * 0.6f).ToArray())
            .ToList();
        return new StoredPerson(Id(), name, Noon.AddTicks(1_234_567), Noon.AddHours(1).ToOffset(TimeSpan.Zero), descriptors, thumbnail);
    }
}
