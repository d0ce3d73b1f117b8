using FaceClassifier.Gallery;
using FaceClassifier.Tests.Grains.Support;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Tests.Grains.Gallery;

/// <summary>The sharded gallery through its facade: writes reach matching at once, paging, merging.</summary>
[Trait("Kind", "integration")]
[Collection(ServiceClusterCollection.Name)]
public sealed class GalleryTests(ServiceClusterFixture fixture)
{
    private readonly ShardedGallery _gallery = new(fixture.Client, Options.Create(new GalleryOptions()));

    [Fact]
    public async Task An_enrolled_person_is_found_with_all_its_descriptors_and_an_id_in_use_is_refused()
    {
        var id = Guid.NewGuid();
        var created = await _gallery.EnrolAsync(id, $"Person {id:N}", [Descriptors.Of(id, 1)]);
        Assert.Equal((PersonWriteStatus.Done, id.ToString(), 1), (created.Status, created.Person!.PersonId, created.Person.Photos));
        Assert.Equal(PersonWriteStatus.Exists, (await _gallery.EnrolAsync(id, "again", [Descriptors.Of(id, 9)])).Status);

        var added = await _gallery.AddDescriptorsAsync(id, [Descriptors.Of(id, 2), Descriptors.Of(id, 3)]);
        Assert.Equal(3, added.Person!.Photos);
        Assert.True(added.Person.UpdatedAt >= created.Person.CreatedAt);

        var found = await _gallery.SearchAsync([Descriptors.Of(id, 3)]);
        Assert.Equal((id.ToString(), 0f), (found[0].Best!.Value.PersonId, found[0].Best!.Value.Distance));
        Assert.Equal(3, (await _gallery.GetAsync(id))!.Photos);
    }

    [Fact]
    public async Task A_deleted_person_is_gone_from_matching_at_once()
    {
        var id = Guid.NewGuid();
        await _gallery.EnrolAsync(id, "Short-lived", [Descriptors.Of(id, 5)]);
        Assert.Equal(id.ToString(), (await _gallery.SearchAsync([Descriptors.Of(id, 5)]))[0].Best!.Value.PersonId);

        Assert.True(await _gallery.DeleteAsync(id));

        Assert.NotEqual(id.ToString(), (await _gallery.SearchAsync([Descriptors.Of(id, 5)]))[0].Best?.PersonId);
        Assert.Null(await _gallery.GetAsync(id));
        Assert.False(await _gallery.DeleteAsync(id));
        Assert.Equal(PersonWriteStatus.NotFound, (await _gallery.AddDescriptorsAsync(id, [Descriptors.Of(id, 6)])).Status);
    }

    [Fact]
    public async Task A_rename_reaches_matching_and_the_listing_at_once()
    {
        var id = Guid.NewGuid();
        var prefix = $"rename-{id:N}";
        await _gallery.EnrolAsync(id, $"{prefix} old", [Descriptors.Of(id, 1)]);

        var renamed = await _gallery.RenameAsync(id, $"{prefix} new");

        Assert.Equal($"{prefix} new", renamed.Person!.Name);
        Assert.Equal($"{prefix} new", (await _gallery.SearchAsync([Descriptors.Of(id, 1)]))[0].Best!.Value.Name);
        Assert.Equal([$"{prefix} new"], (await _gallery.ListAsync(10, namePrefix: prefix)).People.Select(p => p.Name));
        Assert.Equal(PersonWriteStatus.NotFound, (await _gallery.RenameAsync(Guid.NewGuid(), "nobody")).Status);
    }

    [Fact]
    public async Task A_merge_moves_the_descriptors_and_deletes_the_other_person()
    {
        var (into, from) = (Guid.NewGuid(), Guid.NewGuid());
        await _gallery.EnrolAsync(into, "Kept", [Descriptors.Of(into, 1)]);
        await _gallery.EnrolAsync(from, "Duplicate", [Descriptors.Of(from, 1), Descriptors.Of(from, 2)]);

        var merged = await _gallery.MergeAsync(into, from);

        Assert.Equal((MergeStatus.Done, 3), (merged.Status, merged.Person!.Photos));
        Assert.Null(await _gallery.GetAsync(from));
        var found = await _gallery.SearchAsync([Descriptors.Of(from, 2)]);
        Assert.Equal((into.ToString(), "Kept", 0f), (found[0].Best!.Value.PersonId, found[0].Best!.Value.Name, found[0].Best!.Value.Distance));
        Assert.Equal(MergeStatus.FromNotFound, (await _gallery.MergeAsync(into, from)).Status);
        Assert.Equal(MergeStatus.IntoNotFound, (await _gallery.MergeAsync(Guid.NewGuid(), into)).Status);
        Assert.Equal(MergeStatus.SamePerson, (await _gallery.MergeAsync(into, into)).Status);
    }

    [Fact]
    public async Task Photos_past_the_limit_are_refused_and_change_nothing()
    {
        var (full, other) = (Guid.NewGuid(), Guid.NewGuid());
        await _gallery.EnrolAsync(full, "Full", [.. Enumerable.Range(0, 99).Select(i => Descriptors.Of(full, i))]);
        await _gallery.EnrolAsync(other, "Other", [Descriptors.Of(other, 1), Descriptors.Of(other, 2)]);

        Assert.Equal(PersonWriteStatus.TooManyPhotos, (await _gallery.AddDescriptorsAsync(full, [Descriptors.Of(full, 100), Descriptors.Of(full, 101)])).Status);
        Assert.Equal(MergeStatus.TooManyPhotos, (await _gallery.MergeAsync(full, other)).Status);
        Assert.Equal(PersonWriteStatus.TooManyPhotos, (await _gallery.EnrolAsync(Guid.NewGuid(), "Too many", [.. Enumerable.Range(0, 101).Select(i => Descriptors.Of(full, i))])).Status);

        Assert.Equal(99, (await _gallery.GetAsync(full))!.Photos);
        Assert.Equal(2, (await _gallery.GetAsync(other))!.Photos);
        Assert.Equal(PersonWriteStatus.Done, (await _gallery.AddDescriptorsAsync(full, [Descriptors.Of(full, 100)])).Status);
    }

    [Fact]
    public async Task Paging_returns_every_person_exactly_once_while_people_are_added()
    {
        var prefix = $"paging-{Guid.NewGuid():N}";
        var before = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => EnrolAsync($"{prefix} {i:D3}")));
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            // Each page races an enrolment under the same prefix; those may or may not be seen, but never twice.
            var adding = EnrolAsync($"{prefix} {Random.Shared.Next(1000):D3} late");
            var page = await _gallery.ListAsync(7, cursor, prefix);
            await adding;
            Assert.True(page.People.Count <= 7);
            seen.AddRange(page.People.Select(p => p.PersonId));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Empty(before.Select(p => p.PersonId).Except(seen));
        Assert.True(pages >= 9, $"{pages} pages of at most 7 for at least 60 people");
    }

    [Fact]
    public async Task The_listing_is_by_name_case_insensitively_and_a_prefix_finds_only_its_names()
    {
        var tag = Guid.NewGuid().ToString("N");
        foreach (var name in new[] { $"{tag} bob", $"{tag} Alice", $"{tag} carol", $"{tag}x dave" })
        {
            await EnrolAsync(name);
        }

        var page = await _gallery.ListAsync(10, namePrefix: $"{tag.ToUpperInvariant()} ");

        Assert.Equal([$"{tag} Alice", $"{tag} bob", $"{tag} carol"], page.People.Select(p => p.Name));
        Assert.Null(page.NextCursor);
        await Assert.ThrowsAsync<ArgumentException>(() => _gallery.ListAsync(10, "not-a-cursor"));
    }

    private async Task<PersonRecord> EnrolAsync(string name)
    {
        var id = Guid.NewGuid();
        return (await _gallery.EnrolAsync(id, name, [Descriptors.Of(id, 0)])).Person!;
    }
}
