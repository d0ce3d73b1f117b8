using System.Formats.Tar;
using System.IO.Compression;

namespace FaceClassifier.Gallery.Imports;

/// <summary>A regular file in an archive: its path as the archive names it, its size, and where its data is.</summary>
public sealed record ArchiveFile(string Path, long Length, long Locator);

/// <summary>
/// The files of a zip or tar archive over a seekable stream, listed once in archive order and then read in any order
/// by their index (over a seekable stream a tar entry's data is a window on the archive that stays readable while the
/// reader lives). Directories, links and other special entries are left out. Nothing is ever extracted to disk.
/// </summary>
public sealed class PhotoArchive : IDisposable
{
    private readonly Stream _stream;
    private readonly ZipArchive? _zip;
    private readonly TarReader? _tar;
    private readonly List<TarEntry> _tarFiles = [];

    private PhotoArchive(Stream stream, ArchiveFormat format)
    {
        _stream = stream;
        Format = format;
        if (format == ArchiveFormat.Zip)
        {
            _zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            Files = [.. _zip.Entries.Select((e, i) => (Entry: e, Index: i))
                .Where(e => !e.Entry.FullName.EndsWith('/') && !e.Entry.FullName.EndsWith('\\'))
                .Select(e => new ArchiveFile(e.Entry.FullName, e.Entry.Length, e.Index))];
        }
        else
        {
            _tar = new TarReader(stream, leaveOpen: true);
            while (_tar.GetNextEntry(copyData: false) is { } entry)
            {
                if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile)
                {
                    _tarFiles.Add(entry);
                }
            }

            Files = [.. _tarFiles.Select((e, i) => new ArchiveFile(e.Name, e.Length, i))];
        }
    }

    public ArchiveFormat Format { get; }

    public IReadOnlyList<ArchiveFile> Files { get; }

    /// <summary>
    /// Opens the archive, which then owns <paramref name="seekable"/>; <see cref="InvalidDataException"/> (the stream
    /// disposed) when it is neither zip nor tar or its listing is damaged.
    /// </summary>
    public static PhotoArchive Open(Stream seekable)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(seekable.CanSeek, false, nameof(seekable));
        try
        {
            var head = new byte[ArchiveFormats.HeadBytes];
            seekable.Position = 0;
            seekable.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            seekable.Position = 0;
            var format = ArchiveFormats.Detect(head) ?? throw new InvalidDataException("the archive is neither a zip nor a tar file");
            try
            {
                return new PhotoArchive(seekable, format);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or ArgumentException or NotSupportedException)
            {
                throw new InvalidDataException($"the {format.ToString().ToLowerInvariant()} archive is damaged: {ex.Message}", ex);
            }
        }
        catch
        {
            seekable.Dispose();
            throw;
        }
    }

    /// <summary>The file's bytes, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="InvalidDataException">The file's data cannot be read (damaged, encrypted, cut off).</exception>
    public byte[]? Read(ArchiveFile file, long maxBytes)
    {
        if (file.Length > maxBytes)
        {
            return null;
        }

        if (_zip is not null)
        {
            try
            {
                using var entry = _zip.Entries[(int)file.Locator].Open();
                return ReadCapped(entry, maxBytes);
            }
            catch (NotSupportedException ex)
            {
                throw new InvalidDataException(ex.Message, ex); // encrypted, or a compression method the BCL lacks
            }
        }

        var data = _tarFiles[(int)file.Locator].DataStream;
        var bytes = new byte[file.Length];
        if (data is null)
        {
            return bytes;
        }

        data.Position = 0;
        var read = data.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        return read == bytes.Length ? bytes : throw new InvalidDataException("the archive ends inside this file");
    }

    public void Dispose()
    {
        _zip?.Dispose();
        _tar?.Dispose();
        _stream.Dispose();
    }

    // A zip's declared size may lie: the bytes read are counted, not trusted.
    private static byte[]? ReadCapped(Stream content, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
