using FaceClassifier.Storage;
namespace FaceClassifier.Blobs.Local;

/// <summary>Blobs as files under &lt;data&gt;/blobs; writes stream through a buffer into a temp file, then rename.</summary>
public sealed class LocalBlobStore(DataDirectory data) : IBlobStore
{
    private const int BufferSize = 81920;
    private readonly string _root = Path.GetFullPath(data.Blobs);

    public async Task<long> WriteAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        var path = PathFor(key);
        long total = 0;
        await AtomicFile.WriteAsync(path, async target =>
        {
            var buffer = new byte[BufferSize];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw new BlobTooLargeException(maxBytes);
                }

                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }, cancellationToken);
        return total;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathFor(key);
        Stream? stream = File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.Asynchronous)
            : null;
        return Task.FromResult(stream);
    }

    public Task<string> GetLocalPathAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathFor(key);
        return File.Exists(path) ? Task.FromResult(path) : throw new FileNotFoundException($"Blob {key} does not exist.");
    }

    public Task DeletePrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        if (!prefix.EndsWith('/') || !BlobKeys.IsValid(prefix, allowTrailingSlash: true))
        {
            throw new ArgumentException($"'{prefix}' is not a blob folder.", nameof(prefix));
        }

        var folder = Path.Combine(_root, prefix.TrimEnd('/'));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    private string PathFor(string key)
    {
        if (!BlobKeys.IsValid(key))
        {
            throw new ArgumentException($"'{key}' is not a valid blob key.", nameof(key));
        }

        var path = Path.GetFullPath(Path.Combine(_root, key));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException($"'{key}' is not a valid blob key.", nameof(key));
    }
}
