using FaceClassifier.Gallery;
using FaceClassifier.Gallery.Storage;
using FaceClassifier.Gallery.Storage.Files;
using FaceClassifier.Hosting;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.TestingHost;

namespace FaceClassifier.Tests.Grains.Gallery;

/// <summary>
/// A gallery write the store fails leaves matching and the store agreeing: a write lost before the store keeps
/// nothing anywhere; a write whose answer is lost after the store kept it is seen by matching on the next call.
/// </summary>
[Trait("Kind", "integration")]
public sealed class GalleryWriteFailureTests : IAsyncLifetime
{
    private readonly string _data = TestAssets.TempDirectory();
    private FailingGalleryStore _store = null!;
    private InProcessTestCluster _cluster = null!;

    private ShardedGallery Gallery => new(_cluster.Client, Options.Create(new GalleryOptions()));

    public async Task InitializeAsync()
    {
        _store = new FailingGalleryStore(new FileGalleryStore(
            Options.Create(new FileGalleryStoreOptions { RootDirectory = Path.Combine(_data, "gallery"), PageSize = 50 }),
            NullLogger<FileGalleryStore>.Instance));
        _cluster = await TestSilo.StartAsync($"gallery-failure-{Guid.NewGuid():N}", [new(DataDirectory.Variable, _data)], silo =>
        {
            silo.Services.AddSingleton<IGalleryStore>(_store);
            silo.AddFaceClassifier();
        });
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task An_enrolment_the_store_refuses_leaves_no_person_anywhere()
    {
        var id = Guid.NewGuid();
        _store.FailBefore(id);

        await Assert.ThrowsAnyAsync<Exception>(() => Gallery.EnrolAsync(id, "Never Written", [Descriptors.Of(id, 0)]));

        Assert.Null(await Gallery.GetAsync(id));
        Assert.NotEqual(id.ToString(), (await Gallery.SearchAsync([Descriptors.Of(id, 0)]))[0].Best?.PersonId);
        Assert.Empty(Directory.EnumerateFiles(_data, $"{id}*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_enrolment_whose_answer_is_lost_is_both_stored_and_matched_on_the_next_call()
    {
        var (id, other) = (Guid.NewGuid(), Guid.NewGuid());
        _store.FailAfter(id);

        await Assert.ThrowsAnyAsync<Exception>(() => Gallery.EnrolAsync(id, "Written Anyway", [Descriptors.Of(id, 0)]));

        Assert.Equal("Written Anyway", (await Gallery.GetAsync(id))!.Name);
        Assert.Equal(id.ToString(), (await Gallery.SearchAsync([Descriptors.Of(id, 0)]))[0].Best!.Value.PersonId);
        Assert.Equal(PersonWriteStatus.Done, (await Gallery.EnrolAsync(other, "After", [Descriptors.Of(other, 0)])).Status);
    }

    [Fact]
    public async Task A_delete_the_store_refuses_keeps_the_person_whole()
    {
        var id = Guid.NewGuid();
        await Gallery.EnrolAsync(id, "Kept", [Descriptors.Of(id, 0)]);
        _store.FailBefore(id);

        await Assert.ThrowsAnyAsync<Exception>(() => Gallery.DeleteAsync(id));

        Assert.Equal("Kept", (await Gallery.GetAsync(id))!.Name);
        Assert.Equal(id.ToString(), (await Gallery.SearchAsync([Descriptors.Of(id, 0)]))[0].Best!.Value.PersonId);
    }

    /// <summary>The real file store, failing once for a marked person: before it writes, or after (the answer lost).</summary>
    private sealed class FailingGalleryStore(IGalleryStore inner) : IGalleryStore
    {
        private readonly Dictionary<string, bool> _failures = [];

        public void FailBefore(Guid id) => Mark(id, afterWrite: false);

        public void FailAfter(Guid id) => Mark(id, afterWrite: true);

        public async Task PutAsync(int shard, StoredPerson person, CancellationToken cancellationToken = default)
        {
            var after = Take(person.PersonId);
            if (after is false)
            {
                throw new IOException("the store is down");
            }

            await inner.PutAsync(shard, person, cancellationToken);
            if (after is true)
            {
                throw new TimeoutException("the store's answer was lost");
            }
        }

        public Task<StoredPerson?> GetAsync(int shard, string personId, CancellationToken cancellationToken = default) =>
            inner.GetAsync(shard, personId, cancellationToken);

        public Task<bool> DeleteAsync(int shard, string personId, CancellationToken cancellationToken = default) =>
            Take(personId) is false ? throw new IOException("the store is down") : inner.DeleteAsync(shard, personId, cancellationToken);

        public Task<GalleryPage> ReadPageAsync(int shard, string? continuation, CancellationToken cancellationToken = default) =>
            inner.ReadPageAsync(shard, continuation, cancellationToken);

        private void Mark(Guid id, bool afterWrite)
        {
            lock (_failures)
            {
                _failures[id.ToString()] = afterWrite;
            }
        }

        private bool? Take(string personId)
        {
            lock (_failures)
            {
                return _failures.Remove(personId, out var after) ? after : null;
            }
        }
    }
}
