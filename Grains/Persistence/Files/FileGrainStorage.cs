using System.Security.Cryptography;
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
    private const int ETagLength = 32;
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
            File.Delete(path);
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

    private static async Task<(string ETag, byte[] Payload)?> ReadAsync(string path)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }

        if (bytes.Length < ETagLength + 1 || bytes[ETagLength] != (byte)'\n')
        {
            throw new InconsistentStateException($"Grain state file {path} is not in the expected format.");
        }

        return (Encoding.ASCII.GetString(bytes, 0, ETagLength), bytes[(ETagLength + 1)..]);
    }

    private static async Task<string?> ReadETagAsync(string path)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.Asynchronous);
            var buffer = new byte[ETagLength];
            await stream.ReadExactlyAsync(buffer);
            return Encoding.ASCII.GetString(buffer);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    private SemaphoreSlim LockFor(string path) =>
        _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(path) % (uint)_locks.Length)];

    /// <summary>A readable, collision-free file name: a sanitized prefix plus a hash of the full identity.</summary>
    internal string PathFor(string stateName, GrainId grainId)
    {
        var identity = $"{stateName}\n{grainId}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..24];
        var readable = Sanitize(grainId.Key.ToString()!);
        return Path.Combine(_root, Sanitize(grainId.Type.ToString()!), Sanitize(stateName), $"{readable}-{hash}.state");
    }

    private static string Sanitize(string text)
    {
        var chars = text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').Take(80).ToArray();
        return chars.Length == 0 ? "_" : new string(chars);
    }
}
