using System.Collections.Concurrent;
using FaceClassifier.Blobs;
using Microsoft.Extensions.Logging;

namespace FaceClassifier.Aws.Blobs.S3;

/// <summary>
/// Local copies of blobs for tools that read files (ffmpeg), one file per key under a folder: filled atomically
/// (temp file, then rename), downloaded once however many callers ask at the same time, and trimmed to a size
/// least recently handed out first.
/// </summary>
internal sealed partial class S3BlobCache(string root, long maxBytes, TimeProvider clock, ILogger logger)
{
    /// <summary>A file handed out this recently is never trimmed: its reader may not have opened it yet.</summary>
    public static readonly TimeSpan InUseWindow = TimeSpan.FromMinutes(5);

    private const string TempSuffix = ".tmp";
    private readonly string _root = Path.GetFullPath(root);
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _fills = new();
    private int _trimming;

    /// <summary>The cached copy of <paramref name="key"/>, or a download by <paramref name="download"/>; concurrent callers share one download.</summary>
    public async Task<string> GetOrDownloadAsync(string key, Func<Stream, Task> download, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        if (TryTouch(path))
        {
            return path;
        }

        Lazy<Task<string>>? fill = null;
        fill = new Lazy<Task<string>>(() => DownloadAsync(key, path, download, fill!));

        // The download is shared, so one caller giving up does not cancel it for the others.
        return await _fills.GetOrAdd(key, fill).Value.WaitAsync(cancellationToken);
    }

    /// <summary>A temp file that becomes the cached copy of <paramref name="key"/> when committed.</summary>
    public S3CacheWrite BeginWrite(string key) => new(this, PathFor(key), TempPath(PathFor(key)));

    /// <summary>Drops the cached copies of every key under a folder such as "videos/{job}/".</summary>
    public void DeleteFolder(string prefix)
    {
        var folder = Path.Combine(_root, prefix.TrimEnd('/'));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Moves a finished temp file into place, marks it used and trims the cache.</summary>
    internal void Commit(string temp, string path)
    {
        File.Move(temp, path, overwrite: true);
        TryTouch(path);
        Trim();
    }

    internal string PathFor(string key)
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

    private async Task<string> DownloadAsync(string key, string path, Func<Stream, Task> download, Lazy<Task<string>> self)
    {
        try
        {
            await using (var write = BeginWrite(key))
            {
                await download(write.Stream);
                await write.CommitAsync(CancellationToken.None);
            }

            LogDownloaded(logger, key);
            return path;
        }
        finally
        {
            // Later callers find the file (or try again after a failure).
            _fills.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(key, self));
        }
    }

    private static string TempPath(string path) => $"{path}.{Guid.NewGuid():N}{TempSuffix}";

    /// <summary>Records a hand-out in the file's access time (which survives restarts); false when the file is not there.</summary>
    private bool TryTouch(string path)
    {
        try
        {
            File.SetLastAccessTimeUtc(path, clock.GetUtcNow().UtcDateTime);
            return true;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }
}
