namespace FaceClassifier.Engine.Vision.Imaging;

/// <summary>Tells from the first bytes which image format a file is in, without decoding it.</summary>
public static class ImageFormats
{
    public const string Png = "PNG";
    public const string Jpeg = "JPEG";
    public const string Bmp = "BMP";
    public const string WebP = "WebP";

    /// <summary>Bytes a caller should read for <see cref="Detect"/> to see every signature.</summary>
    public const int SignatureBytes = 26;

    /// <summary>The format whose signature <paramref name="head"/> starts with, or null when it is none the codec reads.</summary>
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(PngSignature))
        {
            return Png;
        }

        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return Jpeg;
        }

        if (head.Length >= 26 && head[0] == (byte)'B' && head[1] == (byte)'M')
        {
            return Bmp;
        }

        return head.Length >= 16 && head.StartsWith("RIFF"u8) && head.Slice(8, 4).SequenceEqual("WEBP"u8) ? WebP : null;
    }

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
}
