using System.Text.Json;
using FaceClassifier.Gallery.Storage;
using FaceClassifier.Gallery.Storage.Files;
using FaceClassifier.Tests.Contracts;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Grains.Gallery.Storage.Files;

/// <summary>The gallery store contract on files, and the files themselves: where they are, what is in them, what is not a person.</summary>
[Trait("Kind", "unit")]
public sealed class FileGalleryStoreTests : GalleryStoreContract, IDisposable
{
    private static readonly DateTimeOffset Noon = new(2030, 5, 6, 12, 0, 0, TimeSpan.Zero);
    private readonly string _root = Path.Combine(TestAssets.TempDirectory(), "gallery");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_root)!, recursive: true);

    protected override IGalleryStore Store() =>
        new FileGalleryStore(Options.Create(new FileGalleryStoreOptions { RootDirectory = _root, PageSize = PageSize }), NullLogger<FileGalleryStore>.Instance);

    protected override Task<long?> StoredBytesAsync(int shard, string personId)
    {
        var file = new FileInfo(Path.Combine(_root, $"{shard:D3}", $"{personId}.json"));
        return Task.FromResult(file.Exists ? file.Length : (long?)null);
    }

    [Fact]
    public async Task A_person_is_one_json_file_in_the_shards_folder_with_the_descriptors_as_base64_float32()
    {
        float[][] descriptors = [[1f, -0.5f, 0.25f], [0f, 2f, -3f]];
        var person = new StoredPerson("a1b2", "Ann", Noon, Noon.AddMinutes(1), descriptors, "thumbs/a1b2.jpg");

        await Store().PutAsync(12, person);

        var file = Assert.Single(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
        Assert.Equal(Path.Combine(_root, "012", "a1b2.json"), file);
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(file));
        Assert.Equal(("a1b2", "Ann", 3), (json.RootElement.GetProperty("personId").GetString(), json.RootElement.GetProperty("name").GetString(), json.RootElement.GetProperty("dimension").GetInt32()));
        Assert.Equal(GalleryRecords.EncodeDescriptors(descriptors), json.RootElement.GetProperty("descriptors").GetBytesFromBase64());
        Assert.Equal("thumbs/a1b2.jpg", json.RootElement.GetProperty("thumbnailKey").GetString());
    }

    [Fact]
    public async Task Temporary_and_stray_files_in_a_shard_folder_are_not_people()
    {
        var person = new StoredPerson("kept", "Kept", Noon, Noon, [[1f, 2f]]);
        await Store().PutAsync(1, person);
        var folder = Path.Combine(_root, "001");
        await File.WriteAllTextAsync(Path.Combine(folder, $"half-written.json.{Guid.NewGuid():N}.tmp"), "{");
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "not a person");
        await File.WriteAllTextAsync(Path.Combine(folder, "not a person id.json"), "{}");

        var page = await Store().ReadPageAsync(1, null);

        Assert.Equal(["kept"], page.People.Select(p => p.PersonId));
        Assert.Null(page.Continuation);
    }

    [Fact]
    public async Task An_unreadable_file_is_skipped_and_left_on_disk_and_paging_moves_past_it()
    {
        var folder = Path.Combine(_root, "004");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "a-broken.json"), "{ not json");
        await File.WriteAllTextAsync(Path.Combine(folder, "b-moved.json"), Encoding(new StoredPerson("someone-else", "X", Noon, Noon, [])));
        await File.WriteAllTextAsync(Path.Combine(folder, "c-incomplete.json"), """{"personId":"c-incomplete","name":"No dates"}""");
        foreach (var id in new[] { "d1", "d2", "d3", "d4" })
        {
            await Store().PutAsync(4, new StoredPerson(id, id, Noon, Noon, [[1f]]));
        }

        var first = await Store().ReadPageAsync(4, null);
        var second = await Store().ReadPageAsync(4, first.Continuation);
        var third = await Store().ReadPageAsync(4, second.Continuation);

        Assert.Empty(first.People);
        Assert.StartsWith("c-incomplete/", first.Continuation);
        Assert.Equal(["d1", "d2", "d3"], second.People.Select(p => p.PersonId));
        Assert.StartsWith("d3/", second.Continuation);
        Assert.Equal(["d4"], third.People.Select(p => p.PersonId));
        Assert.Null(third.Continuation);
        Assert.Null(await Store().GetAsync(4, "a-broken"));
        Assert.Null(await Store().GetAsync(4, "b-moved"));
        Assert.Equal(7, Directory.GetFiles(folder).Length);
    }

    [Fact]
    public async Task A_walk_reads_the_listing_of_its_first_page_and_a_continuation_outliving_its_store_goes_on_after_its_last_id()
    {
        string[] ids = ["p1", "p2", "p3", "p4", "p5", "p6", "p7"];
        foreach (var id in ids)
        {
            await Store().PutAsync(2, new StoredPerson(id, id, Noon, Noon, [[1f]]));
        }

        var store = Store();
        var first = await store.ReadPageAsync(2, null);
        Assert.True(await store.DeleteAsync(2, "p5"));
        await store.PutAsync(2, new StoredPerson("p8", "Added during the walk", Noon, Noon, [[1f]]));
        var second = await store.ReadPageAsync(2, first.Continuation);
        var third = await store.ReadPageAsync(2, second.Continuation);
        var reopened = await Store().ReadPageAsync(2, second.Continuation);

        Assert.Equal(["p1", "p2", "p3"], first.People.Select(p => p.PersonId));
        Assert.Equal(["p4", "p6"], second.People.Select(p => p.PersonId));
        Assert.Equal(["p7"], third.People.Select(p => p.PersonId));
        Assert.Null(third.Continuation);
        Assert.Equal(["p7", "p8"], reopened.People.Select(p => p.PersonId));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("")]
    [InlineData("name.json")]
    public async Task A_person_id_that_cannot_be_a_file_name_is_refused_and_nothing_is_written(string personId)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store().PutAsync(0, new StoredPerson(personId, "X", Noon, Noon, [])));
        await Assert.ThrowsAsync<ArgumentException>(() => Store().GetAsync(0, personId));

        Assert.False(Directory.Exists(_root) && Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void The_options_need_a_folder_and_a_page_size_of_at_least_one()
    {
        var validator = new FileGalleryStoreOptionsValidator();

        Assert.True(validator.Validate(null, new() { RootDirectory = _root }).Succeeded);
        Assert.Equal(["The file gallery store needs RootDirectory."], validator.Validate(null, new() { RootDirectory = " " }).Failures);
        Assert.Equal(
            ["The file gallery store needs a PageSize of at least 1; got 0."],
            validator.Validate(null, new() { RootDirectory = _root, PageSize = 0 }).Failures);
    }

    private static string Encoding(StoredPerson person) => System.Text.Encoding.UTF8.GetString(PersonFile.Serialize(person));
}
