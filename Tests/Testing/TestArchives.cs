using System.Formats.Tar;
using System.IO.Compression;

namespace FaceClassifier.Tests.Testing;

/// <summary>Zip and tar archives built in memory with the BCL writers, from (path, bytes) pairs in the given order.</summary>
public static class TestArchives
{
    public static byte[] Zip(IEnumerable<(string Path, byte[] Bytes)> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, bytes) in files)
            {
                using var entry = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
                entry.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A pax tar; a path ending in '/' becomes a directory entry.</summary>
    public static byte[] Tar(IEnumerable<(string Path, byte[] Bytes)> files, TarEntryFormat format = TarEntryFormat.Pax)
    {
        using var buffer = new MemoryStream();
        using (var tar = new TarWriter(buffer, format, leaveOpen: true))
        {
            foreach (var (path, bytes) in files)
            {
                var type = path.EndsWith('/') ? TarEntryType.Directory : format == TarEntryFormat.V7 ? TarEntryType.V7RegularFile : TarEntryType.RegularFile;
                TarEntry entry = format switch
                {
                    TarEntryFormat.Pax => new PaxTarEntry(type, path),
                    TarEntryFormat.Gnu => new GnuTarEntry(type, path),
                    TarEntryFormat.Ustar => new UstarTarEntry(type, path),
                    _ => new V7TarEntry(type, path),
                };
                if (!path.EndsWith('/'))
                {
                    entry.DataStream = new MemoryStream(bytes);
                }

                tar.WriteEntry(entry);
            }
        }

        return buffer.ToArray();
    }
}
