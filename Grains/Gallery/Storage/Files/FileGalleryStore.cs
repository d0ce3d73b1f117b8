using System.Globalization;
using FaceClassifier.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Gallery.Storage.Files;

/// <summary>
/// Gallery people as files, <c>{root}/{shard:D3}/{person id}.json</c>, each written atomically and refused over
/// <see cref="GalleryRecords.MaxBytes"/>. Pages walk the shard's folder in ordinal order of the file names, from a
/// listing taken at the first page; a continuation is the page's last person id and the walk's. Meant for one process
/// (the embedded mode).
/// </summary>
public sealed partial class FileGalleryStore(IOptions<FileGalleryStoreOptions> options, ILogger<FileGalleryStore> logger) : IGalleryStore
{
    private const string Extension = ".json";

    private readonly string _root = Path.GetFullPath(options.Value.RootDirectory);
    private readonly int _pageSize = options.Value.PageSize;

    /// <inheritdoc />
    public Task PutAsync(int shard, StoredPerson person, CancellationToken cancellationToken = default)
    {
        var path = PathOf(shard, person.PersonId);
        var bytes = PersonFile.Serialize(person);
        GalleryRecords.EnsureWithinLimit(person.PersonId, bytes.Length);
        return AtomicFile.WriteAllBytesAsync(path, bytes, cancellationToken);
    }

    /// <inheritdoc />
    public Task<StoredPerson?> GetAsync(int shard, string personId, CancellationToken cancellationToken = default) =>
        ReadAsync(PathOf(shard, personId), personId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> DeleteAsync(int shard, string personId, CancellationToken cancellationToken = default)
    {
        var path = PathOf(shard, personId);
        if (!File.Exists(path))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        return Task.FromResult(true);
    }

    /// <inheritdoc />
    public async Task<GalleryPage> ReadPageAsync(int shard, string? continuation, CancellationToken cancellationToken = default)
    {
        var (walk, ids, start) = Resume(shard, continuation);
        var end = Math.Min(start + _pageSize, ids.Length);
        var people = new List<StoredPerson>(end - start);
        for (var i = start; i < end; i++)
        {
            // A file deleted since the listing, or one that cannot be read, is left out; the walk still moves past it.
            if (await ReadAsync(PathOf(shard, ids[i]), ids[i], cancellationToken) is { } person)
            {
                people.Add(person);
            }
        }

        return new GalleryPage(people, Suspend(walk, shard, ids, end));
    }

    private static IEnumerable<string> PersonIds(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*" + Extension).Select(f => Path.GetFileNameWithoutExtension(f)).Where(IsFileName)
            : [];

    private string FolderOf(int shard)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shard);
        return Path.Combine(_root, shard.ToString("D3", CultureInfo.InvariantCulture));
    }

    private string PathOf(int shard, string personId) =>
        IsFileName(personId)
            ? Path.Combine(FolderOf(shard), personId + Extension)
            : throw new ArgumentException($"Person id '{personId}' is not 1-128 letters, digits, '-' or '_', as a file name needs.", nameof(personId));

    private static bool IsFileName(string? personId) =>
        personId is { Length: >= 1 and <= 128 } && personId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private async Task<StoredPerson?> ReadAsync(string path, string personId, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        if (PersonFile.Deserialize(bytes, personId, out var error) is { } person)
        {
            return person;
        }

        // Kept on disk for a person to look at; the shard's other people must still load.
        LogUnreadable(logger, path, error);
        return null;
    }
}
