namespace FaceClassifier.Gallery.Imports;

/// <summary>The archive kinds an import reads, told apart by content, never by file name.</summary>
public enum ArchiveFormat
{
    Zip,
    Tar,
}

/// <summary>Recognises an archive from its first bytes.</summary>
public static class ArchiveFormats
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs to see a tar header's magic.</summary>
    public const int HeadBytes = 262;

    /// <summary>Zip when it starts with a local file header ("PK\x03\x04"); tar when "ustar" sits at offset 257; else null.</summary>
    public static ArchiveFormat? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("PK\x03\x04"u8))
        {
            return ArchiveFormat.Zip;
        }

        return head.Length >= HeadBytes && head.Slice(257, 5).SequenceEqual("ustar"u8) ? ArchiveFormat.Tar : null;
    }
}
