using FaceClassifier.Blobs;
using FaceClassifier.Blobs.Local;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Service.Storage;

[Trait("Kind", "unit")]
public sealed class LocalBlobStoreTests : IDisposable
{
    private readonly string _root = TestAssets.TempDirectory();
    private readonly LocalBlobStore _store;

    public LocalBlobStoreTests() => _store = new LocalBlobStore(new DataDirectory(_root));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_streamed_blob_reads_back_byte_for_byte()
    {
        var bytes = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
        var key = BlobKeys.Video(Guid.NewGuid());
        Assert.Equal(bytes.Length, await _store.WriteAsync(key, new MemoryStream(bytes), maxBytes: bytes.Length));

        await using var read = await _store.OpenReadAsync(key);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal(Path.Combine(_root, "blobs", key), await _store.GetLocalPathAsync(key));
    }

    [Fact]
    public async Task Going_past_the_cap_stops_and_leaves_nothing_behind()
    {
        var key = BlobKeys.Video(Guid.NewGuid());
        var ex = await Assert.ThrowsAsync<BlobTooLargeException>(() => _store.WriteAsync(key, new MemoryStream(new byte[100_001]), maxBytes: 100_000));
        Assert.Equal(100_000, ex.MaxBytes);
        Assert.Null(await _store.OpenReadAsync(key));
        Assert.Empty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("videos/../../escape")]
    [InlineData("/etc/passwd")]
    [InlineData("videos//video")]
    [InlineData("Videos/x")]
    [InlineData("videos/./x")]
    [InlineData("videos/a b")]
    [InlineData("")]
    public async Task Keys_outside_the_safe_alphabet_are_refused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.WriteAsync(key, new MemoryStream([1]), 10));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.OpenReadAsync(key));
        Assert.Empty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Deleting_a_job_folder_removes_only_that_job()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        await _store.WriteAsync(BlobKeys.Video(a), new MemoryStream([1]), 10);
        await _store.WriteAsync(BlobKeys.ClassifiedFrame(a), new MemoryStream([2]), 10);
        await _store.WriteAsync(BlobKeys.Video(b), new MemoryStream([3]), 10);

        await _store.DeletePrefixAsync(BlobKeys.VideoFolder(a));
        await _store.DeletePrefixAsync(BlobKeys.FrameFolder(a));
        await _store.DeletePrefixAsync(BlobKeys.FrameFolder(a));

        Assert.Null(await _store.OpenReadAsync(BlobKeys.Video(a)));
        Assert.Null(await _store.OpenReadAsync(BlobKeys.ClassifiedFrame(a)));
        await using var kept = await _store.OpenReadAsync(BlobKeys.Video(b));
        Assert.NotNull(kept);
        await Assert.ThrowsAsync<ArgumentException>(() => _store.DeletePrefixAsync("videos/../"));
    }
}
