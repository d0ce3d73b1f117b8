namespace FaceClassifier.Aws.Blobs.S3;

/// <summary>A cached copy being written: a temp file beside its final place, moved there on commit, deleted otherwise.</summary>
internal sealed class S3CacheWrite : IAsyncDisposable
{
    private readonly S3BlobCache _cache;
    private readonly string _path;
    private readonly string _temp;
    private bool _committed;

    public S3CacheWrite(S3BlobCache cache, string path, string temp)
    {
        _cache = cache;
        _path = path;
        _temp = temp;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
    }

    public FileStream Stream { get; }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Stream.FlushAsync(cancellationToken);
        await Stream.DisposeAsync();
        _cache.Commit(_temp, _path);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync();
        if (!_committed)
        {
            File.Delete(_temp);
        }
    }
}
