using FaceClassifier.Engine.Vision.Matching;
using FaceClassifier.Gallery;
using FaceClassifier.Hosting;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.Options;
using Orleans.TestingHost;

namespace FaceClassifier.Tests.Grains.Gallery;

/// <summary>Shards rebuilt from the store in a new silo (small rebuild pages) answer exactly as before.</summary>
[Trait("Kind", "integration")]
public sealed class GalleryRebuildTests : IDisposable
{
    private readonly string _data = TestAssets.TempDirectory();

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Rebuilt_shards_answer_searches_and_listings_as_before()
    {
        var people = Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()).ToList();
        var queries = people.Take(20).Select(p => Descriptors.Of(p, 1)).Concat(people.Skip(20).Take(20).Select(p => Descriptors.Of(p, 7))).ToList();
        IReadOnlyList<GalleryCandidates> before;
        PeoplePage listed;
        await using (var first = await StartAsync())
        {
            var gallery = Gallery(first);
            await Parallel.ForEachAsync(people, async (p, _) =>
                Assert.Equal(PersonWriteStatus.Done, (await gallery.EnrolAsync(p, $"Rebuilt {p:N}", [Descriptors.Of(p, 0), Descriptors.Of(p, 1)])).Status));
            await gallery.DeleteAsync(people[^1]);
            await gallery.RenameAsync(people[^2], "Renamed before the restart");
            before = await gallery.SearchAsync(queries);
            listed = await gallery.ListAsync(1000);
        }

        await using var second = await StartAsync();
        var after = await Gallery(second).SearchAsync(queries);

        Assert.Equal(before, after);
        Assert.Equal(listed, await Gallery(second).ListAsync(1000), new PageComparer());
        Assert.Equal(299, listed.People.Count);
        Assert.Equal("Renamed before the restart", (await Gallery(second).GetAsync(people[^2]))!.Name);
    }

    private Task<InProcessTestCluster> StartAsync() => TestSilo.StartAsync(
        $"gallery-rebuild-{Guid.NewGuid():N}",
        [new(DataDirectory.Variable, _data), new("Gallery:RebuildPageSize", "7")],
        silo => silo.AddFaceClassifier());

    private static ShardedGallery Gallery(InProcessTestCluster cluster) => new(cluster.Client, Options.Create(new GalleryOptions()));

    private sealed class PageComparer : IEqualityComparer<PeoplePage>
    {
        public bool Equals(PeoplePage? x, PeoplePage? y) => x!.NextCursor == y!.NextCursor && x.People.SequenceEqual(y.People);

        public int GetHashCode(PeoplePage obj) => obj.People.Count;
    }
}
