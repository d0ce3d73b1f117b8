using FaceClassifier.Gallery;
using FaceClassifier.Tests.Grains.Support;

namespace FaceClassifier.Tests.Grains.Gallery;

/// <summary>Person grains and the matching index.</summary>
[Trait("Kind", "integration")]
[Collection(ServiceClusterCollection.Name)]
public sealed class GalleryTests(ServiceClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Client;

    [Fact]
    public async Task An_enrolled_person_is_listed_and_matched_with_all_its_descriptors()
    {
        var id = Guid.NewGuid();
        var person = _grains.GetGrain<IPersonGrain>(id);
        var created = await person.CreateAsync($"Person {id:N}", [Descriptor(1)]);
        Assert.NotNull(created);
        Assert.Equal((id.ToString(), 1), (created.PersonId, created.Photos));
        Assert.Null(await person.CreateAsync("again", [Descriptor(9)]));

        var added = await person.AddDescriptorsAsync([Descriptor(2), Descriptor(3)]);
        Assert.Equal(3, added!.Photos);
        Assert.True(added.UpdatedAt >= created.CreatedAt);

        Assert.Contains(await _grains.GetGrain<IGalleryGrain>(0).ListAsync(), p => p.PersonId == id.ToString() && p.Photos == 3);
        var entry = Assert.Single((await _grains.GetGrain<IGalleryGrain>(0).SnapshotAsync()).Entries, e => e.Person.PersonId == id.ToString());
        Assert.Equal([Descriptor(1), Descriptor(2), Descriptor(3)], entry.Descriptors);
    }

    [Fact]
    public async Task A_deleted_person_is_gone_from_matching_at_once()
    {
        var id = Guid.NewGuid();
        var person = _grains.GetGrain<IPersonGrain>(id);
        await person.CreateAsync("Short-lived", [Descriptor(5)]);
        var gallery = _grains.GetGrain<IGalleryGrain>(0);
        var before = await gallery.SnapshotAsync();

        Assert.True(await person.DeleteAsync());

        var after = await gallery.SnapshotAsync();
        Assert.DoesNotContain(after.Entries, e => e.Person.PersonId == id.ToString());
        Assert.True(after.Version > before.Version);
        Assert.Null(await person.GetAsync());
        Assert.False(await person.DeleteAsync());
        Assert.Null(await person.AddDescriptorsAsync([Descriptor(6)]));
    }

    private static float[] Descriptor(int seed) => [.. Enumerable.Range(0, 128).Select(i => (float)Math.Sin(seed * 1000 + i))];
}
