using System.Text;
using FaceClassifier.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace FaceClassifier.Persistence.Files;

/// <summary>
/// Grain storage in local files, one per grain state: an ETag line, then the serialized state.
/// Writes are atomic (temp file + rename) and check the ETag, throwing <see cref="InconsistentStateException"/>
/// on a mismatch. Meant for one process (the embedded mode); checks are serialized per file in-process.
/// </summary>
public sealed partial class FileGrainStorage(string name, FileGrainStorageOptions options, ILogger<FileGrainStorage> logger) : IGrainStorage
{
    private readonly string _root = Path.Combine(options.RootDirectory, name);
    private readonly SemaphoreSlim[] _locks = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathFor(stateName, grainId);
        var stored = await ReadAsync(path);
        if (stored is null)
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.State = options.GrainStorageSerializer.Deserialize<T>(new BinaryData(stored.Value.Payload));
        grainState.ETag = stored.Value.ETag;
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathFor(stateName, grainId);
        var payload = options.GrainStorageSerializer.Serialize(grainState.State).ToMemory();
        var newETag = Guid.NewGuid().ToString("N");
        var gate = LockFor(path);
        await gate.WaitAsync();
        try
        {
            await CheckETagAsync(path, grainState.ETag, stateName, grainId);
            await AtomicFile.WriteAsync(path, async stream =>
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes(newETag + "\n"));
                await stream.WriteAsync(payload);
            });
        }
        finally
        {
            gate.Release();
        }

        grainState.ETag = newETag;
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathFor(stateName, grainId);
        var gate = LockFor(path);
        await gate.WaitAsync();
        try
        {
            await CheckETagAsync(path, grainState.ETag, stateName, grainId);

            // File.Delete accepts a missing file but not a missing folder: a state never written has neither.
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        finally
        {
            gate.Release();
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private async Task CheckETagAsync(string path, string? expected, string stateName, GrainId grainId)
    {
        var stored = await ReadETagAsync(path);
        if (stored != expected)
        {
            LogETagMismatch(logger, name, stateName, grainId, expected, stored);
            throw new InconsistentStateException(
                $"ETag mismatch in file storage '{name}' for {stateName} of {grainId}.", stored ?? "", expected ?? "");
        }
    }

    private SemaphoreSlim LockFor(string path) =>
        _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(path) % (uint)_locks.Length)];
}
