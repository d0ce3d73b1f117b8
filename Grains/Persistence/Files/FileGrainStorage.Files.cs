using System.Security.Cryptography;
using System.Text;
using Orleans.Storage;

namespace FaceClassifier.Persistence.Files;

/// <summary>The files: one per grain state under {root}/{grain type}/{state name}, an ETag line then the payload.</summary>
public sealed partial class FileGrainStorage
{
    private const int ETagLength = 32;

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
