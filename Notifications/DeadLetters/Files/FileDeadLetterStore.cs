using System.Text.Json;
using System.Text.Json.Serialization;
using FaceClassifier.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Notifications.DeadLetters.Files;

/// <summary>Dead letters as <c>&lt;id&gt;.json</c> files in one folder, written atomically, so they survive restarts.</summary>
public sealed partial class FileDeadLetterStore(
    IOptions<NotificationStorageOptions> options, ILogger<FileDeadLetterStore> logger) : IDeadLetterStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly string _directory = Path.GetFullPath(options.Value.DeadLetterDirectory);

    /// <inheritdoc />
    public Task SaveAsync(DeadLetter deadLetter, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAllBytesAsync(PathOf(deadLetter.Id), JsonSerializer.SerializeToUtf8Bytes(deadLetter, Json), cancellationToken);

    /// <inheritdoc />
    public Task<DeadLetter?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReadAsync(PathOf(id), cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<DeadLetter>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(_directory))
        {
            return [];
        }
        var letters = new List<DeadLetter>();
        foreach (var file in Directory.EnumerateFiles(_directory, "*.json"))
        {
            if (Guid.TryParse(Path.GetFileNameWithoutExtension(file), out _)
                && await ReadAsync(file, cancellationToken) is { } letter)
            {
                letters.Add(letter);
            }
        }
        return [.. letters.OrderBy(l => l.FirstFailedAt).ThenBy(l => l.Id)];
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var path = PathOf(id);
        if (!File.Exists(path))
        {
            return Task.FromResult(false);
        }
        File.Delete(path);
        return Task.FromResult(true);
    }

    private string PathOf(Guid id) => Path.Combine(_directory, $"{id:D}.json");

    private async Task<DeadLetter?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<DeadLetter>(stream, Json, cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (JsonException exception)
        {
            // Kept on disk for a person to look at; listing the others must still work.
            LogUnreadable(logger, Path.GetFileName(path), exception.Message);
            return null;
        }
    }
}
