namespace FaceClassifier.Engine.Video;

/// <summary>Reads the DocType ("matroska" or "webm") from a file's EBML header.</summary>
internal static class MatroskaDocType
{
    private const int HeaderBytes = 64;

    public static string? Read(string path)
    {
        var buffer = new byte[HeaderBytes];
        int read;
        using (var file = File.OpenRead(path))
        {
            read = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        return Parse(buffer.AsSpan(0, read));
    }

    internal static string? Parse(ReadOnlySpan<byte> header)
    {
        ReadOnlySpan<byte> ebmlMagic = [0x1A, 0x45, 0xDF, 0xA3];
        ReadOnlySpan<byte> docTypeId = [0x42, 0x82];
        if (!header.StartsWith(ebmlMagic))
        {
            return null;
        }

        var at = header.IndexOf(docTypeId);
        if (at < 0 || at + 2 >= header.Length)
        {
            return null;
        }

        var sizeStart = at + 2;
        var lengthOfSize = System.Numerics.BitOperations.LeadingZeroCount((uint)header[sizeStart]) - 23;
        if (lengthOfSize is < 1 or > 8 || sizeStart + lengthOfSize > header.Length)
        {
            return null;
        }

        // EBML variable-size integer: the first byte's leading marker bit is not part of the value.
        long size = header[sizeStart] & (0xFF >> lengthOfSize);
        for (var i = 1; i < lengthOfSize; i++)
        {
            size = (size << 8) | header[sizeStart + i];
        }

        var textStart = sizeStart + lengthOfSize;
        if (size <= 0 || textStart + size > header.Length)
        {
            return null;
        }

        return System.Text.Encoding.ASCII.GetString(header.Slice(textStart, (int)size)).TrimEnd('\0');
    }
}
