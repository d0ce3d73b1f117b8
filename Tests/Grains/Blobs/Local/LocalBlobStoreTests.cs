using FaceClassifier.Blobs;
using FaceClassifier.Blobs.Local;
using FaceClassifier.Storage;
using FaceClassifier.Tests.Contracts;
using FaceClassifier.Tests.Testing;

namespace FaceClassifier.Tests.Grains.Blobs.Local;

/// <summary>The blob store contract over a data folder, and where the files go.</summary>
[Trait("Kind", "unit")]
public sealed class LocalBlobStoreTests : BlobStoreContract, IDisposable
{
    private readonly string _root = TestAssets.TempDirectory();
    private readonly LocalBlobStore _store;

    public LocalBlobStoreTests() => _store = new LocalBlobStore(new DataDirectory(_root));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task The_local_path_is_the_blob_file_under_the_data_folder()
    {
        var key = BlobKeys.Video(Guid.NewGuid());
        await _store.WriteAsync(key, new MemoryStream([1, 2, 3]), maxBytes: 3);

        Assert.Equal(Path.Combine(_root, "blobs", key), await _store.GetLocalPathAsync(key));
    }

    protected override IBlobStore Store() => new LocalBlobStore(new DataDirectory(_root));

    protected override Task AssertNothingStoredAsync()
    {
        Assert.Empty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
        return Task.CompletedTask;
    }
}
