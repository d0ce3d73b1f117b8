using FaceClassifier.Blobs;
using FaceClassifier.Storage;

namespace FaceClassifier.Tests.Contracts;

/// <summary>
/// What every <see cref="IBlobStore"/> must do, run by each implementation. <see cref="Store"/> opens a store over
/// the same, initially empty, storage on each call; <see cref="AssertNothingStoredAsync"/> looks at that storage directly.
/// </summary>
public abstract class BlobStoreContract
{
    protected abstract IBlobStore Store();

    /// <summary>No blob and no local copy is left anywhere in the storage.</summary>
    protected abstract Task AssertNothingStoredAsync();

    [Fact]
    public async Task A_streamed_blob_reads_back_byte_for_byte()
    {
        var bytes = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
        var key = BlobKeys.Video(Guid.NewGuid());
        var store = Store();
        Assert.Equal(bytes.Length, await store.WriteAsync(key, new MemoryStream(bytes), maxBytes: bytes.Length));

        await using (var read = await Store().OpenReadAsync(key))
        {
            using var copy = new MemoryStream();
            await read!.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }

        Assert.Equal(bytes, await File.ReadAllBytesAsync(await Store().GetLocalPathAsync(key)));
    }

    [Fact]
    public async Task Going_past_the_cap_stops_and_leaves_nothing_behind()
    {
        var key = BlobKeys.Video(Guid.NewGuid());
        var store = Store();
        var ex = await Assert.ThrowsAsync<BlobTooLargeException>(() => store.WriteAsync(key, new MemoryStream(new byte[100_001]), maxBytes: 100_000));
        Assert.Equal(100_000, ex.MaxBytes);
        Assert.Null(await store.OpenReadAsync(key));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_missing_key_reads_as_null_and_has_no_local_file()
    {
        var store = Store();
        var key = BlobKeys.Video(Guid.NewGuid());

        Assert.Null(await store.OpenReadAsync(key));
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => store.GetLocalPathAsync(key));
        Assert.Contains(key, error.Message);
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
        var store = Store();
        await Assert.ThrowsAsync<ArgumentException>(() => store.WriteAsync(key, new MemoryStream([1]), 10));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => store.GetLocalPathAsync(key));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Deleting_a_job_folder_removes_only_that_job()
    {
        var store = Store();
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        await store.WriteAsync(BlobKeys.Video(a), new MemoryStream([1]), 10);
        await store.WriteAsync(BlobKeys.ClassifiedFrame(a), new MemoryStream([2]), 10);
        await store.WriteAsync(BlobKeys.Video(b), new MemoryStream([3]), 10);

        await store.DeletePrefixAsync(BlobKeys.VideoFolder(a));
        await store.DeletePrefixAsync(BlobKeys.FrameFolder(a));
        await store.DeletePrefixAsync(BlobKeys.FrameFolder(a));

        Assert.Null(await Store().OpenReadAsync(BlobKeys.Video(a)));
        Assert.Null(await Store().OpenReadAsync(BlobKeys.ClassifiedFrame(a)));
        await using var kept = await Store().OpenReadAsync(BlobKeys.Video(b));
        Assert.NotNull(kept);
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeletePrefixAsync("videos/../"));
    }
}
