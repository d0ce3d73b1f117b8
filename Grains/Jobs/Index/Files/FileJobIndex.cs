using FaceClassifier.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Jobs.Index.Files;

/// <summary>
/// The jobs list as files, <c>{root}/{position's sort key}.json</c>, each written atomically. The names sort as the
/// positions do, so a page lists the folder, orders the names backwards and reads only the page's files. Meant for one
/// process (the embedded mode), where listing a folder of a few thousand names per page is cheap.
/// </summary>
public sealed partial class FileJobIndex(IOptions<FileJobIndexOptions> options, ILogger<FileJobIndex> logger) : IJobIndex
{
    private const string Extension = ".json";

    private readonly string _root = Path.GetFullPath(options.Value.RootDirectory);

    /// <inheritdoc />
    public Task PutAsync(JobIndexEntry entry, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAllBytesAsync(PathOf(entry.Position), JobIndexFile.Serialize(entry), cancellationToken);

    /// <inheritdoc />
    public Task DeleteAsync(JobIndexPosition position, CancellationToken cancellationToken = default)
    {
        // File.Delete is no error for a missing file, but is for a missing folder.
        if (Directory.Exists(_root))
        {
            File.Delete(PathOf(position));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<JobIndexPage> ReadPageAsync(int limit, JobIndexPosition? after, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var before = after?.SortKey;
        var positions = Positions().Select(p => (Key: p.SortKey, Position: p))
            .Where(p => before is null || string.CompareOrdinal(p.Key, before) < 0)
            .OrderByDescending(p => p.Key, StringComparer.Ordinal).Take(limit + 1).Select(p => p.Position).ToList();
        var jobs = new List<JobIndexEntry>(limit);
        foreach (var position in positions.Take(limit))
        {
            // A file deleted since the listing, or one that cannot be read, is left out.
            if (await ReadAsync(position, cancellationToken) is { } entry)
            {
                jobs.Add(entry);
            }
        }

        return new JobIndexPage(jobs, positions.Count > limit ? positions[limit - 1] : null);
    }

    private IEnumerable<JobIndexPosition> Positions()
    {
        if (!Directory.Exists(_root))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(_root, "*" + Extension))
        {
            if (JobIndexPosition.TryParse(Path.GetFileNameWithoutExtension(file), out var position))
            {
                yield return position;
            }
        }
    }

    private string PathOf(JobIndexPosition position) => Path.Combine(_root, position.SortKey + Extension);

    private async Task<JobIndexEntry?> ReadAsync(JobIndexPosition position, CancellationToken cancellationToken)
    {
        var path = PathOf(position);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        if (JobIndexFile.Deserialize(bytes, position, out var error) is { } entry)
        {
            return entry;
        }

        LogUnreadable(logger, path, error);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job index file {Path} cannot be read and is skipped (left on disk): {Error}")]
    private static partial void LogUnreadable(ILogger logger, string path, string error);
}
